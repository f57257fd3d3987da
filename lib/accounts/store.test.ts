import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addUser,
  hashPassword,
  listUsers,
  readUsers,
  removeUser,
  UsersError,
  verifyCredentials,
  verifyPassword,
} from "./store";

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "users-store-"));
  file = join(dir, "users.json");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

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

describe("accounts file", () => {
  it("adds a user with a normalised e-mail and never exposes the hash", async () => {
    const added = await addUser(file, agent);
    expect(added).toEqual({ email: "alice@example.com", name: "Alice Martin", createdAt: expect.any(String) });
    expect(await listUsers(file)).toEqual([added]);
    const stored = await readUsers(file);
    expect(stored.version).toBe(1);
    expect(stored.users[0]?.passwordHash).toMatch(/^scrypt\$/);
    expect(await readFile(file, "utf8")).not.toContain(agent.password);
  });

  it("writes the file with mode 0600", async () => {
    await addUser(file, agent);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("verifies credentials case-insensitively on the e-mail", async () => {
    await addUser(file, agent);
    expect(await verifyCredentials(file, "ALICE@example.com", agent.password)).toEqual({
      email: "alice@example.com",
      name: "Alice Martin",
    });
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    await addUser(file, agent);
    expect(await verifyCredentials(file, "alice@example.com", "wrong password")).toBeNull();
    expect(await verifyCredentials(file, "nobody@example.com", agent.password)).toBeNull();
  });

  it("treats a missing file as no users", async () => {
    expect(await verifyCredentials(file, "alice@example.com", agent.password)).toBeNull();
    expect(await listUsers(file)).toEqual([]);
  });

  it("refuses a duplicate, a bad e-mail and a short password with clear messages", async () => {
    await addUser(file, agent);
    await expect(addUser(file, { ...agent, email: "alice@EXAMPLE.com" })).rejects.toThrow(
      "A user with e-mail alice@example.com already exists.",
    );
    await expect(addUser(file, { ...agent, email: "not-an-email" })).rejects.toThrow("Not a valid e-mail address.");
    await expect(addUser(file, { ...agent, email: "bob@example.com", password: "short" })).rejects.toThrow(
      "at least 10 characters",
    );
    expect(await listUsers(file)).toHaveLength(1);
  });

  it("removes a user, and says so when there is none to remove", async () => {
    await addUser(file, agent);
    await addUser(file, { ...agent, email: "bob@example.com", name: "Bob" });
    await removeUser(file, "ALICE@example.com");
    expect((await listUsers(file)).map((u) => u.email)).toEqual(["bob@example.com"]);
    expect(await verifyCredentials(file, "alice@example.com", agent.password)).toBeNull();
    await expect(removeUser(file, "alice@example.com")).rejects.toBeInstanceOf(UsersError);
  });
});
