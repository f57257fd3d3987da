import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addUser, listUsers, verifyCredentials, type PublicUser } from "../lib/accounts/store";
import { openStore, type Store } from "../lib/db/open";

const root = join(import.meta.dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const FIXTURE = join(root, "lib", "accounts", "fixtures", "users-v1.json");
// A fresh, empty embedded store for every test: each one sets up what it needs,
// so they pass in any order (`--sequence.shuffle`).
let dir: string;
let dataDir: string;

function cli(args: string[], input = "", env: Record<string, string> = {}) {
  const r = spawnSync(tsx, ["scripts/users.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", INBOX_DATA_DIR: dataDir, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Opens the test's store in this process (and so holds it) for the time of `run`. */
async function withStore<T>(run: (store: Store) => Promise<T>, folder = dataDir): Promise<T> {
  const store = await openStore({ databaseUrl: null, dataDir: folder });
  try {
    await store.migrate();
    return await run(store);
  } finally {
    await store.close();
  }
}

const agents = (folder = dataDir): Promise<PublicUser[]> => withStore((s) => listUsers(s.db), folder);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "users-cli-"));
  dataDir = join(dir, "data");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An existing agent, written through the store (faster than another CLI run). */
async function givenAgent() {
  await withStore((s) =>
    addUser(s.db, { email: "agent@example.com", name: "Zoë Agent", password: "s3cret-password-1" }),
  );
}

// Each CLI run starts tsx (seconds on a busy machine): the timeout only guards against a hang.
describe("npm run users", { timeout: 120_000 }, () => {
  it("adds a user from stdin without echoing the password or hash, then signs them in", async () => {
    const r = cli(["add", "Agent@Example.com", "--name", "Zoë Agent", "--password-stdin"], "s3cret-password-1\n");
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain("Added Zoë Agent <agent@example.com> (agent)");
    expect(r.out + r.err).not.toMatch(/s3cret-password-1|scrypt\$/);
    expect(await withStore((s) => verifyCredentials(s.db, "agent@example.com", "s3cret-password-1"))).toMatchObject({
      email: "agent@example.com",
      name: "Zoë Agent",
      role: "agent",
    });
  });

  it("adds an admin with --admin", async () => {
    const r = cli(["add", "boss@example.com", "--name", "Boss", "--password-stdin", "--admin"], "long-enough-pw\n");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Added Boss <boss@example.com> (admin)");
    expect(await agents()).toMatchObject([{ email: "boss@example.com", role: "admin" }]);
  });

  it("lists users with role and status, without hashes", async () => {
    await givenAgent();
    const r = cli(["list"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^agent@example\.com\tZoë Agent\t\S+\tagent\tactive$/m);
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
    ["disabling a missing user", ["disable", "ghost@example.com"], "", /No user with e-mail ghost@example.com/],
    ["the former --file", ["list", "--file", "users.json"], "", /--file is gone.*npm run users -- import/],
  ])("exits non-zero on %s, and changes nothing", async (_label, args, input, message) => {
    await givenAgent();
    const before = await agents();
    const r = cli(args, input);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(await agents()).toEqual(before);
  });

  it("disables and enables an agent", async () => {
    await givenAgent();
    const off = cli(["disable", "Agent@example.com"]);
    expect(off.code).toBe(0);
    expect(off.out).toContain("Disabled agent@example.com");
    expect(await withStore((s) => verifyCredentials(s.db, "agent@example.com", "s3cret-password-1"))).toBeNull();
    expect(cli(["list"]).out).toMatch(/^agent@example\.com\t.*\tdisabled$/m);
    expect(cli(["enable", "agent@example.com"]).code).toBe(0);
    expect(await withStore((s) => verifyCredentials(s.db, "agent@example.com", "s3cret-password-1"))).not.toBeNull();
  });

  it("imports a users.json written by the former CLI, and reports the e-mails it skips on a second run", async () => {
    const first = cli(["import", FIXTURE]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("Imported 2 account(s)");
    expect(first.out + first.err).not.toContain("scrypt$");
    expect(
      await withStore((s) => verifyCredentials(s.db, "legacy.one@example.com", "legacy-password-1")),
    ).not.toBeNull();
    const second = cli(["import", FIXTURE]);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Imported 0 account(s)");
    expect(second.out).toContain("skipped legacy.one@example.com (already in the store)");
    expect(second.out).toContain("skipped bob.legacy@example.com (already in the store)");
    expect((await agents()).map((u) => u.email).sort()).toEqual(["bob.legacy@example.com", "legacy.one@example.com"]);
  });

  it("says in one line that a running server holds the embedded store, and what to do instead", async () => {
    await givenAgent();
    // This test process plays the running server: it holds the store while the CLI runs.
    const r = await withStore(async () => cli(["list"]));
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toEqual([
      `error: The embedded store in ${dataDir} is held by a running server (pid ${process.pid}). ` +
        "Stop that server and run this again, or set DATABASE_URL so servers and this command share PostgreSQL.",
    ]);
  });

  it("honours --data-dir over INBOX_DATA_DIR, and removes", async () => {
    await givenAgent();
    const other = join(dir, "other");
    expect(
      cli(["add", "c@example.com", "--name", "C", "--password-stdin", "--data-dir", other], "long-enough-pw").code,
    ).toBe(0);
    expect((await agents(other)).map((u) => u.email)).toEqual(["c@example.com"]);
    expect((await agents()).map((u) => u.email)).toEqual(["agent@example.com"]);
    expect(cli(["remove", "c@example.com", "--data-dir", other]).code).toBe(0);
    expect(await agents(other)).toEqual([]);
    expect((await agents()).map((u) => u.email)).toEqual(["agent@example.com"]);
  });
});
