import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addUser, listUsers, verifyCredentials } from "../lib/accounts/store";

const root = join(import.meta.dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
// A fresh, empty accounts file for every test: each one sets up what it needs,
// so they pass in any order (`--sequence.shuffle`).
let dir: string;
let file: string;

function cli(args: string[], input = "", env: Record<string, string> = {}) {
  const r = spawnSync(tsx, ["scripts/users.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, INBOX_USERS_FILE: file, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "users-cli-"));
  file = join(dir, "users.json");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An existing agent, written through the store (faster than another CLI run). */
async function givenAgent() {
  await addUser(file, { email: "agent@example.com", name: "Zoë Agent", password: "s3cret-password-1" });
}

// Each CLI run starts tsx (seconds on a busy machine): the timeout only guards against a hang.
describe("npm run users", { timeout: 120_000 }, () => {
  it("adds a user from stdin without echoing the password or hash, then signs them in", async () => {
    const r = cli(["add", "Agent@Example.com", "--name", "Zoë Agent", "--password-stdin"], "s3cret-password-1\n");
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain("Added Zoë Agent <agent@example.com>");
    expect(r.out + r.err).not.toMatch(/s3cret-password-1|scrypt\$/);
    expect(await verifyCredentials(file, "agent@example.com", "s3cret-password-1")).toEqual({
      email: "agent@example.com",
      name: "Zoë Agent",
    });
  });

  it("lists users without hashes", async () => {
    await givenAgent();
    const r = cli(["list"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("agent@example.com\tZoë Agent");
    expect(r.out).not.toContain("scrypt$");
  });

  it.each([
    [
      "a duplicate",
      ["add", "agent@example.com", "--name", "Again", "--password-stdin"],
      "another-password",
      /already exists/,
    ],
    [
      "an invalid e-mail",
      ["add", "not-an-email", "--name", "X", "--password-stdin"],
      "long-enough-pw",
      /Not a valid e-mail/,
    ],
    [
      "a short password",
      ["add", "b@example.com", "--name", "B", "--password-stdin"],
      "short\n",
      /at least 10 characters/,
    ],
    ["a missing --password-stdin", ["add", "b@example.com", "--name", "B"], "", /--password-stdin/],
    ["an unknown command", ["promote", "agent@example.com"], "", /Unknown command "promote"/],
    ["no command", [], "", /Missing command/],
    ["removing a missing user", ["remove", "ghost@example.com"], "", /No user with e-mail ghost@example.com/],
  ])("exits non-zero on %s, and changes nothing", async (_label, args, input, message) => {
    await givenAgent();
    const before = await readFile(file, "utf8");
    const r = cli(args, input);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it("honours --file over INBOX_USERS_FILE, and removes", async () => {
    await givenAgent();
    const other = join(dir, "other.json");
    expect(
      cli(["add", "c@example.com", "--name", "C", "--password-stdin", "--file", other], "long-enough-pw").code,
    ).toBe(0);
    expect((await listUsers(other)).map((u) => u.email)).toEqual(["c@example.com"]);
    expect((await listUsers(file)).map((u) => u.email)).toEqual(["agent@example.com"]);
    expect(cli(["list", "--file", other]).out).toContain("c@example.com\tC");
    expect(cli(["remove", "c@example.com", "--file", other]).code).toBe(0);
    expect(await listUsers(other)).toEqual([]);
    expect((await listUsers(file)).map((u) => u.email)).toEqual(["agent@example.com"]);
  });
});
