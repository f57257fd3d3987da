import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openStore, type Store } from "@/lib/db/open";
import { toIndexRow } from "@/lib/message-index/rows";
import { refreshConversations, upsertIndexedMessages } from "@/lib/message-index/write";
import type { SearchResults } from "@/lib/message-index/search-types";
import { inboxMessage } from "@/lib/testing/inbox-message";

// The real route handler over an embedded store of its own; the session, the
// INBOX_INDEX switch and the process's store are stubbed (next-auth needs a
// request context, and the store is this file's).
const state = vi.hoisted(() => ({
  signedIn: true,
  indexOn: true,
  store: null as Store | null,
}));
vi.mock("@/lib/auth/auth", () => ({
  requireSession: async () => (state.signedIn ? { user: { email: "agent@acme.example", name: "Agent" } } : null),
}));
vi.mock("@/lib/message-index/current", () => ({ indexEnabled: () => state.indexOn }));
vi.mock("@/lib/db/instance", () => ({
  getDb: async () => {
    if (!state.store) throw new Error("no store");
    return state.store.db;
  },
}));

const { GET } = await import("./route");
const get = (query: string) => GET(new Request(`http://127.0.0.1/api/search?${query}`));
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "search-route-"));
  state.store = await openStore({ databaseUrl: null, dataDir: join(dir, "data") });
  await state.store.migrate();
  const contactIds = { phone: { kind: "phone" as const, value: "+33612345678", display: "+33 6 12 34 56 78" } };
  const row = toIndexRow(
    inboxMessage({ id: "m-order", contactIds, contactName: "Jeanne Dupont", text: "Ma commande #A-48213 ?" }),
    1,
    new Date(),
  );
  await upsertIndexedMessages(state.store.db, row ? [row] : []);
  await refreshConversations(state.store.db, null);
}, 60_000);
afterAll(async () => {
  await state.store?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  state.signedIn = true;
  state.indexOn = true;
});

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("GET /api/search", () => {
  it("answers the conversations that match, the hit marked", async () => {
    const res = await get("q=48213");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = (await res.json()) as SearchResults;
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({
      conversationKey: "+33612345678",
      messageId: "m-order",
      contactName: "Jeanne Dupont",
      snippet: [
        { text: "Ma commande #A-", hit: false },
        { text: "48213", hit: true },
        { text: " ?", hit: false },
      ],
    });
  });

  it.each([
    ["no q", "", /q parameter/],
    ["an empty q", "q=", /empty/],
    ["one character", "q=a", /at least 2 letters or digits/],
    ["300 characters", `q=${"a".repeat(300)}`, /at most 200 characters/],
    ["only punctuation", `q=${encodeURIComponent("\\")}`, /no(ne| letters)|has none/],
    ["&&", `q=${encodeURIComponent("&&")}`, /has none/],
    ["emoji alone", `q=${encodeURIComponent("🌸🎉")}`, /emoji/],
    ["q twice", "q=ab&q=cd", /once/],
    ["a limit of 0", "q=dupont&limit=0", /limit must be a whole number from 1 to 50/],
    ["a limit of 1e9", "q=dupont&limit=1000000000", /limit must be/],
    ["a negative limit", "q=dupont&limit=-1", /limit must be/],
  ])("%s → 400 with a sentence", async (_name, query, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_request");
    expect(error.message).toMatch(message);
  });

  it.each([
    "'; drop table indexed_messages; --",
    "a:* | !b",
    "<script>alert(1)</script>",
    "مريم العلوي",
    "דוד כהן",
    "王小明",
    "Zoë 🌸",
  ])("%s → 200, never a 500", async (q) => {
    const res = await get(`q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as SearchResults).results).toEqual([]);
    // The table is still there.
    expect(((await (await get("q=dupont")).json()) as SearchResults).results).toHaveLength(1);
  });

  it("answers 404 saying text search is off with INBOX_INDEX=off", async () => {
    state.indexOn = false;
    const res = await get("q=dupont");
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe("index_off");
    expect(error.message).toMatch(/Text search is off.*INBOX_INDEX=off/);
  });

  it("answers 401 without a session, before reading the query", async () => {
    state.signedIn = false;
    const res = await get("q=");
    expect(res.status).toBe(401);
  });
});
