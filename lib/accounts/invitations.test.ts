import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MEMORY_DATA_DIR, openStore, type Store } from "@/lib/db/open";
import { agentInvitations, agents } from "@/lib/db/schema";
import { acceptInvitation, createInvitation, findInvitation, INVITATION_INVALID } from "./invitations";
import { addUser, verifyCredentials } from "./store";

let store: Store;
beforeAll(async () => {
  store = await openStore({ databaseUrl: null, dataDir: MEMORY_DATA_DIR });
  await store.migrate();
});
afterAll(() => store.close());
beforeEach(async () => {
  await store.db.delete(agentInvitations);
  await store.db.delete(agents);
  await addUser(store.db, { email: "ada@acme.example", name: "Ada", password: "admin-password", role: "admin" });
});

describe("invitation links", () => {
  it("lets the invited person set a name and password once, with the role the admin chose", async () => {
    const invite = await createInvitation(store.db, {
      email: "Nina@Acme.example",
      role: "admin",
      createdBy: "ada@acme.example",
    });
    expect(invite.token).toMatch(/^[\w-]{43}$/);
    expect(await findInvitation(store.db, invite.token)).toMatchObject({ email: "nina@acme.example", role: "admin" });
    await acceptInvitation(store.db, invite.token, { name: "Nina", password: "nina-password-1" });
    expect(await verifyCredentials(store.db, "nina@acme.example", "nina-password-1")).toMatchObject({ role: "admin" });
    expect(await findInvitation(store.db, invite.token)).toBeNull();
    await expect(acceptInvitation(store.db, invite.token, { name: "Eve", password: "eve-password-1" })).rejects.toThrow(
      INVITATION_INVALID,
    );
    // The stored row holds a hash, not the token.
    const rows = await store.db.select().from(agentInvitations);
    expect(JSON.stringify(rows)).not.toContain(invite.token);
  });

  it("refuses an expired link, an unknown one, and an e-mail that already has an account", async () => {
    const then = new Date("2026-01-01T00:00:00Z");
    const invite = await createInvitation(store.db, { email: "late@acme.example", role: "agent" }, then);
    const afterExpiry = new Date(then.getTime() + 73 * 3600_000);
    expect(await findInvitation(store.db, invite.token, afterExpiry)).toBeNull();
    await expect(
      acceptInvitation(store.db, invite.token, { name: "Late", password: "late-password-1" }, afterExpiry),
    ).rejects.toThrow(INVITATION_INVALID);
    expect(await findInvitation(store.db, "made-up-token")).toBeNull();
    await expect(createInvitation(store.db, { email: "ada@acme.example", role: "agent" })).rejects.toThrow(
      "already exists",
    );
  });

  it("keeps the link usable when the password is refused", async () => {
    const invite = await createInvitation(store.db, { email: "short@acme.example", role: "agent" });
    await expect(acceptInvitation(store.db, invite.token, { name: "S", password: "short" })).rejects.toThrow(
      "at least 10 characters",
    );
    expect(await findInvitation(store.db, invite.token)).not.toBeNull();
  });
});
