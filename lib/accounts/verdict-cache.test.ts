import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { AccountVerdict } from "@/lib/auth/account-check";
import { agentInvitations, agents } from "@/lib/db/schema";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import { acceptInvitation, createInvitation } from "./invitations";
import {
  accountStatus,
  addUser,
  ensureSsoAgent,
  importUsersFile,
  removeUser,
  setDisabled,
  setOctopushNames,
} from "./store";
import { accountsChanged, cachedVerdict } from "./verdict-cache";

const active: AccountVerdict = { kind: "active", role: "agent", name: "Ada" };

function counting(verdict: AccountVerdict) {
  const calls = { n: 0 };
  return { calls, load: async () => (calls.n++, verdict) };
}

beforeEach(() => accountsChanged());

describe("kept account verdicts", () => {
  it("answers from memory until an account changes, then asks the store again", async () => {
    const { calls, load } = counting(active);
    expect(await cachedVerdict("ada@acme.example", load)).toEqual(active);
    expect(await cachedVerdict("ada@acme.example", load)).toEqual(active);
    expect(calls.n).toBe(1);
    accountsChanged();
    expect(await cachedVerdict("ada@acme.example", load)).toEqual(active);
    expect(calls.n).toBe(2);
  });

  it("keeps one verdict per e-mail", async () => {
    await cachedVerdict("ada@acme.example", async () => active);
    expect(await cachedVerdict("bob@acme.example", async () => ({ kind: "missing" }))).toEqual({ kind: "missing" });
    expect(await cachedVerdict("ada@acme.example", async () => ({ kind: "disabled" }))).toEqual(active);
  });

  it("does not keep an answer read while an account was changing, nor a database outage", async () => {
    // The read started before the change and may have seen the row as it was.
    await cachedVerdict("ada@acme.example", async () => (accountsChanged(), active));
    const disabled = counting({ kind: "disabled" });
    expect(await cachedVerdict("ada@acme.example", disabled.load)).toEqual({ kind: "disabled" });

    const unknown = counting({ kind: "unknown" });
    await cachedVerdict("bob@acme.example", unknown.load);
    await cachedVerdict("bob@acme.example", unknown.load);
    expect(unknown.calls.n).toBe(2);
  });
});

// Every function that writes the agents table must drop the kept verdicts, or a
// disabled agent would keep their session: each is run against a real store here.
// (Only the embedded store keeps verdicts; the writes are the same on both.)
const targets = await storeTargets("verdicts");

describe.each(targets)("every write to an account forgets the kept verdicts, in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    await db.delete(agentInvitations);
    await db.delete(agents);
  });
  const check = (email: string) => cachedVerdict(email, () => accountStatus(store.db, email));

  beforeEach(async () => {
    await addUser(store.db, { email: "ada@acme.example", name: "Ada", password: "ada-password-1", role: "agent" });
    accountsChanged();
  });

  it("disable and enable", async () => {
    expect(await check("ada@acme.example")).toMatchObject({ kind: "active" });
    await setDisabled(store.db, "ada@acme.example", true);
    expect(await check("ada@acme.example")).toEqual({ kind: "disabled" });
    await setDisabled(store.db, "ada@acme.example", false);
    expect(await check("ada@acme.example")).toMatchObject({ kind: "active" });
  });

  it("remove", async () => {
    expect(await check("ada@acme.example")).toMatchObject({ kind: "active" });
    await removeUser(store.db, "ada@acme.example");
    expect(await check("ada@acme.example")).toEqual({ kind: "missing" });
  });

  it("add, SSO first sign-in, import and an accepted invitation", async () => {
    for (const email of ["new@acme.example", "sso@acme.example", "nina@acme.example"])
      expect(await check(email)).toEqual({ kind: "missing" });
    await addUser(store.db, { email: "new@acme.example", name: "New", password: "new-password-1", role: "admin" });
    expect(await check("new@acme.example")).toEqual({ kind: "active", role: "admin", name: "New" });
    await ensureSsoAgent(store.db, "sso@acme.example", "Sso");
    expect(await check("sso@acme.example")).toMatchObject({ kind: "active" });
    const invite = await createInvitation(store.db, { email: "nina@acme.example", role: "agent" });
    await acceptInvitation(store.db, invite.token, { name: "Nina", password: "nina-password-1" });
    expect(await check("nina@acme.example")).toMatchObject({ kind: "active", name: "Nina" });

    const imported = "legacy.one@example.com";
    expect(await check(imported)).toEqual({ kind: "missing" });
    await importUsersFile(store.db, join(import.meta.dirname, "fixtures", "users-v1.json"));
    expect(await check(imported)).toMatchObject({ kind: "active" });
  });

  it("a change of Octopush names (the account's row) too", async () => {
    await check("ada@acme.example");
    let loads = 0;
    await setOctopushNames(store.db, "ada@acme.example", ["Ada L."]);
    await cachedVerdict("ada@acme.example", async () => (loads++, active));
    expect(loads).toBe(1);
  });
});
