import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, postgresReachable, type TestDatabase } from "@/lib/testing/test-database";
import { DatabaseUnavailableError, StoreHeldError } from "./errors";
import { DEFAULT_MIGRATIONS_FOLDER, openStore, type Store } from "./open";

const pgUp = await postgresReachable();
if (!pgUp) console.warn("PostgreSQL at 127.0.0.1:5432 is unreachable: the store tests against it are skipped.");

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});

async function rows<T>(store: Store, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await store.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function tableNames(store: Store): Promise<string[]> {
  const result = await rows<{ table_name: string }>(
    store,
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  );
  return result.map((r) => r.table_name);
}

describe.skipIf(!pgUp)("the store on PostgreSQL", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
    return () => database.drop();
  });

  it("applies the schema once when two instances migrate an empty database at the same moment", async () => {
    const config = { databaseUrl: database.url, dataDir: "unused" };
    const [a, b] = await Promise.all([openStore(config), openStore(config)]);
    opened.push(a, b);
    await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
    expect(await tableNames(a)).toEqual([
      "agent_invitations",
      "agents",
      "audit_events",
      "index_state",
      "indexed_conversations",
      "indexed_messages",
      "read_marks",
      "share_links",
    ]);
    const applied = await rows<{ n: number }>(b, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    // Each migration in drizzle/ once.
    const journal = JSON.parse(readFileSync(join(DEFAULT_MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: unknown[];
    };
    expect(applied).toEqual([{ n: journal.entries.length }]);
  });
});

describe("the store when it cannot open", () => {
  it("names an unreachable PostgreSQL in one line, without the connection string", async () => {
    const error = await openStore({ databaseUrl: "postgres://inbox:s3cret@127.0.0.1:1/inbox", dataDir: "unused" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const message = (error as Error).message;
    expect(message).toMatch(/^The database at DATABASE_URL does not answer \(.*ECONNREFUSED.*\)\.$/);
    expect(message).not.toContain("s3cret");
    expect(message).not.toContain("\n");
  });
});

describe("the embedded store", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "inbox-store-"));
    return () => rm(dir, { recursive: true, force: true });
  });

  it("migrates, and keeps its data across close and reopen", async () => {
    const config = { databaseUrl: null, dataDir: join(dir, "data") };
    const first = await openStore(config);
    await first.migrate();
    await first.db.execute(sql`insert into agents (email, name) values ('kept@example.com', 'Kept')`);
    await first.close();
    const second = await openStore(config);
    opened.push(second);
    await second.migrate();
    expect(await rows(second, sql`select email from agents`)).toEqual([{ email: "kept@example.com" }]);
  });

  it("refuses a folder another running process holds, in one line that says what to do, and takes over a stale one", async () => {
    const dataDir = join(dir, "data");
    const first = await openStore({ databaseUrl: null, dataDir });
    await first.close();
    const holder = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      await writeFile(join(dataDir, "inbox.pid"), `${holder.pid}\n`);
      const error = await openStore({ databaseUrl: null, dataDir }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreHeldError);
      expect((error as Error).message).toBe(
        `The embedded store in ${dataDir} is held by a running server (pid ${holder.pid}). ` +
          "Stop that server and run this again, or set DATABASE_URL so servers and this command share PostgreSQL.",
      );
    } finally {
      holder.kill();
    }
    await new Promise((resolve) => holder.once("exit", resolve));
    const again = await openStore({ databaseUrl: null, dataDir });
    opened.push(again);
    await again.ping();
  });
});
