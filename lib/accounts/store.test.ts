import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agentInvitations, agents } from "@/lib/db/schema";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import {
  accountStatus,
  addUser,
  ensureSsoAgent,
  hashPassword,
  hasPasswordAccounts,
  importUsersFile,
  listUsers,
  removeUser,
  setDisabled,
  UsersError,
  verifyCredentials,
  verifyPassword,
} from "./store";
import { readAgentLocale, saveAgentLocale } from "./locale";

const FIXTURE = join(import.meta.dirname, "fixtures", "users-v1.json");
const agent = { email: "  Alice@Example.COM ", name: "Alice Martin", password: "correct horse battery" };

describe("password hashing", () => {
  it("encodes scrypt parameters and verifies the same password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(hash.split("$")[5] as string, "base64")).toHaveLength(64);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
  });

  it("salts each hash and refuses a wrong or malformed one", async () => {
    const a = await hashPassword("same password!");
    expect(await hashPassword("same password!")).not.toBe(a);
    expect(await verifyPassword("other password", a)).toBe(false);
    expect(await verifyPassword("same password!", "bcrypt$whatever")).toBe(false);
  });
});

const targets = await storeTargets("store");

describe.each(targets)("accounts in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    // Each test starts from no agents: they pass in any order.
    await db.delete(agentInvitations);
    await db.delete(agents);
  });

  it("adds an agent with a normalised e-mail and never exposes the hash", async () => {
    const added = await addUser(store.db, agent);
    expect(added).toEqual({
      email: "alice@example.com",
      name: "Alice Martin",
      role: "agent",
      disabledAt: null,
      createdAt: expect.any(String),
      hasPassword: true,
    });
    expect(await listUsers(store.db)).toEqual([added]);
    expect(JSON.stringify(await listUsers(store.db))).not.toContain("scrypt");
  });

  it("keeps the language an agent chose across a restart, and only a supported one", async () => {
    await addUser(store.db, agent);
    expect(await readAgentLocale(store.db, "alice@example.com")).toBeUndefined();
    await saveAgentLocale(store.db, " ALICE@example.com", "fr");
    await store.restart();
    expect(await readAgentLocale(store.db, "alice@example.com")).toBe("fr");
    await expect(saveAgentLocale(store.db, "alice@example.com", "de" as "fr")).rejects.toThrow();
    expect(await readAgentLocale(store.db, "alice@example.com")).toBe("fr");
    // Nobody else's language changes, and an unknown agent has none.
    await saveAgentLocale(store.db, "nobody@example.com", "en");
    expect(await readAgentLocale(store.db, "nobody@example.com")).toBeUndefined();
  });

  it("keeps accounts across a restart (closed and opened again)", async () => {
    await addUser(store.db, { ...agent, role: "admin" });
    await store.restart();
    expect(await listUsers(store.db)).toMatchObject([{ email: "alice@example.com", role: "admin" }]);
    expect(await verifyCredentials(store.db, "alice@example.com", agent.password)).toMatchObject({
      email: "alice@example.com",
      name: "Alice Martin",
      role: "admin",
    });
  });

  it("verifies credentials case-insensitively, refusing a wrong password and an unknown user alike", async () => {
    await addUser(store.db, agent);
    expect(await verifyCredentials(store.db, "ALICE@example.com", agent.password)).toMatchObject({
      email: "alice@example.com",
      role: "agent",
    });
    expect(await verifyCredentials(store.db, "alice@example.com", "wrong password")).toBeNull();
    expect(await verifyCredentials(store.db, "nobody@example.com", agent.password)).toBeNull();
  });

  it("refuses a duplicate, a bad e-mail and a short password with clear messages", async () => {
    await addUser(store.db, agent);
    await expect(addUser(store.db, { ...agent, email: "alice@EXAMPLE.com" })).rejects.toThrow(
      "A user with e-mail alice@example.com already exists.",
    );
    await expect(addUser(store.db, { ...agent, email: "not-an-email" })).rejects.toThrow("Not a valid e-mail address.");
    await expect(addUser(store.db, { ...agent, email: "bob@example.com", password: "short" })).rejects.toThrow(
      "at least 10 characters",
    );
    expect(await listUsers(store.db)).toHaveLength(1);
  });

  it("disables and re-enables: a disabled agent cannot sign in and its status says so", async () => {
    await addUser(store.db, agent);
    await setDisabled(store.db, "alice@example.com", true);
    expect(await verifyCredentials(store.db, "alice@example.com", agent.password)).toBeNull();
    expect(await accountStatus(store.db, "alice@example.com")).toEqual({ kind: "disabled" });
    expect(await hasPasswordAccounts(store.db)).toBe(false);
    await setDisabled(store.db, "Alice@example.com", false);
    expect(await accountStatus(store.db, "alice@example.com")).toEqual({
      kind: "active",
      role: "agent",
      name: "Alice Martin",
    });
    expect(await verifyCredentials(store.db, "alice@example.com", agent.password)).not.toBeNull();
    await expect(setDisabled(store.db, "ghost@example.com", true)).rejects.toBeInstanceOf(UsersError);
  });

  it("removes an agent, and says so when there is none to remove", async () => {
    await addUser(store.db, agent);
    await addUser(store.db, { ...agent, email: "bob@example.com", name: "Bob" });
    await removeUser(store.db, "ALICE@example.com");
    expect((await listUsers(store.db)).map((u) => u.email)).toEqual(["bob@example.com"]);
    expect(await accountStatus(store.db, "alice@example.com")).toEqual({ kind: "missing" });
    await expect(removeUser(store.db, "alice@example.com")).rejects.toBeInstanceOf(UsersError);
  });

  it("creates an SSO agent without a password on first sign-in, and keeps a disabled one disabled", async () => {
    expect(await ensureSsoAgent(store.db, "Sam@SSO.example", "Sam")).toEqual({
      kind: "active",
      role: "agent",
      name: "Sam",
    });
    expect(await listUsers(store.db)).toMatchObject([{ email: "sam@sso.example", hasPassword: false }]);
    expect(await hasPasswordAccounts(store.db)).toBe(false);
    await setDisabled(store.db, "sam@sso.example", true);
    expect(await ensureSsoAgent(store.db, "sam@sso.example", "Sam")).toEqual({ kind: "disabled" });
  });

  it("imports a users.json written by the former CLI, hashes included, and skips known e-mails on a second run", async () => {
    await addUser(store.db, { email: "bob.legacy@example.com", name: "Bob Already", password: "a-newer-password" });
    expect(await importUsersFile(store.db, FIXTURE)).toEqual({
      imported: ["legacy.one@example.com"],
      skipped: ["bob.legacy@example.com"],
    });
    expect(await verifyCredentials(store.db, "legacy.one@example.com", "legacy-password-1")).toMatchObject({
      name: "Léa Legacy",
      role: "agent",
    });
    // The existing account is left as it was.
    expect(await verifyCredentials(store.db, "bob.legacy@example.com", "a-newer-password")).not.toBeNull();
    expect((await listUsers(store.db)).find((u) => u.email === "legacy.one@example.com")?.createdAt).toBe(
      "2026-11-29T23:55:12.020Z",
    );
    expect(await importUsersFile(store.db, FIXTURE)).toEqual({
      imported: [],
      skipped: ["legacy.one@example.com", "bob.legacy@example.com"],
    });
  });

  it("refuses to import a missing or malformed file", async () => {
    await expect(importUsersFile(store.db, join(import.meta.dirname, "nope.json"))).rejects.toThrow("does not exist");
    await expect(importUsersFile(store.db, join(import.meta.dirname, "store.ts"))).rejects.toThrow(
      "not a valid users file",
    );
  });
});
