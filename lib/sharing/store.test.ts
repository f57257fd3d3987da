import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { MEMORY_DATA_DIR, openStore, type Store } from "@/lib/db/open";
import { shareLinks } from "@/lib/db/schema";
import { createTestDatabase, postgresReachable, type TestDatabase } from "@/lib/testing/test-database";
import { createShareLink, listShareLinks, lookupShareLink, recordShareView, revokeShareLink } from "./store";
import { hashShareToken, newShareToken, shareAccountHash } from "./token";

const pgUp = await postgresReachable();
if (!pgUp) console.warn("PostgreSQL at 127.0.0.1:5432 is unreachable: the share-link tests against it are skipped.");

const ACCOUNT = shareAccountHash("login@acme.example");
const OTHER_ACCOUNT = shareAccountHash("someone-else@acme.example");
const HOUR = 3_600_000;

let database: TestDatabase | undefined;
const targets = [
  { name: "PGlite", skip: false, open: () => openStore({ databaseUrl: null, dataDir: MEMORY_DATA_DIR }) },
  {
    name: "PostgreSQL",
    skip: !pgUp,
    open: async () => {
      database = await createTestDatabase("inbox_share_");
      return openStore({ databaseUrl: database.url, dataDir: "unused" });
    },
  },
];

describe.each(targets)("shared links in $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    if (target.skip) return;
    store = await target.open();
    await store.migrate();
  });
  afterAll(async () => {
    if (target.skip) return;
    await store.close();
    if (target.name === "PostgreSQL") await database?.drop();
  });

  const make = (overrides: Partial<Parameters<typeof createShareLink>[1]> = {}) =>
    createShareLink(store.db, {
      accountHash: ACCOUNT,
      conversationKey: "+33612345678",
      fromMessageId: null,
      fromSentAt: null,
      note: null,
      createdBy: "alex@acme.example",
      expiresAt: new Date(Date.now() + HOUR),
      ...overrides,
    });

  it.skipIf(target.skip)("stores only the token's hash, and finds the link by its token", async () => {
    const { token, link } = await make({ note: "for the courier" });
    const [row] = await store.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
    expect(row?.tokenHash).toBe(hashShareToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const found = await lookupShareLink(store.db, token, ACCOUNT);
    expect(found.kind).toBe("active");
    if (found.kind === "active")
      expect(found.row).toMatchObject({ conversationKey: "+33612345678", note: "for the courier" });
  });

  it.skipIf(target.skip)(
    "does not know a random token, a malformed one, or a token of another Octopush account",
    async () => {
      const { token } = await make();
      expect((await lookupShareLink(store.db, newShareToken(), ACCOUNT)).kind).toBe("unknown");
      expect((await lookupShareLink(store.db, "not-a-token", ACCOUNT)).kind).toBe("unknown");
      expect((await lookupShareLink(store.db, token, OTHER_ACCOUNT)).kind).toBe("unknown");
    },
  );

  it.skipIf(target.skip)("refuses an expired link and a revoked one as gone", async () => {
    const expired = await make({ expiresAt: new Date(Date.now() - 1000) });
    expect((await lookupShareLink(store.db, expired.token, ACCOUNT)).kind).toBe("gone");
    const revoked = await make();
    const result = await revokeShareLink(store.db, revoked.link.id, { createdBy: "alex@acme.example" });
    expect(result?.state).toBe("revoked");
    expect((await lookupShareLink(store.db, revoked.token, ACCOUNT)).kind).toBe("gone");
  });

  it.skipIf(target.skip)("lets an agent revoke only their own links; an administrator any", async () => {
    const { token, link } = await make({ createdBy: "sam@acme.example" });
    expect(await revokeShareLink(store.db, link.id, { createdBy: "alex@acme.example" })).toBeNull();
    expect((await lookupShareLink(store.db, token, ACCOUNT)).kind).toBe("active");
    expect((await revokeShareLink(store.db, link.id, { createdBy: null }))?.state).toBe("revoked");
    expect((await lookupShareLink(store.db, token, ACCOUNT)).kind).toBe("gone");
  });

  it.skipIf(target.skip)("counts views and lists an agent's links, or everyone's", async () => {
    const { link } = await make({ createdBy: "viewer-test@acme.example" });
    await Promise.all([1, 2, 3].map(() => recordShareView(store.db, link.id)));
    const mine = await listShareLinks(store.db, { createdBy: "viewer-test@acme.example" });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: link.id, viewCount: 3, state: "active" });
    expect(mine[0]?.lastViewedAt).not.toBeNull();
    expect(JSON.stringify(mine)).not.toMatch(/token/i);
    const all = await listShareLinks(store.db, { createdBy: null });
    expect(new Set(all.map((l) => l.createdBy))).toEqual(
      new Set(["alex@acme.example", "sam@acme.example", "viewer-test@acme.example"]),
    );
  });
});
