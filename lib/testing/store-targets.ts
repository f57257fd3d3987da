import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { StoreConfig } from "@/lib/config/env-store";
import { openStore, type Store } from "@/lib/db/open";
import { createTestDatabase, postgresReachable, type TestDatabase } from "./test-database";

// The two stores a store suite runs against, with the same tests: embedded PGlite
// in a temporary folder, and a PostgreSQL database made for this run (skipped,
// saying so, when PostgreSQL does not answer).

export interface StoreTarget {
  name: string;
  skip: boolean;
  setUp(): Promise<StoreConfig>;
  tearDown(): Promise<void>;
}

/** `suite` names the temporary folder and the database (`inbox_<suite>_…`). */
export async function storeTargets(suite: string): Promise<StoreTarget[]> {
  const pgUp = await postgresReachable();
  if (!pgUp) console.warn(`PostgreSQL is unreachable: the ${suite} tests against it are skipped.`);
  let dir = "";
  let database: TestDatabase | undefined;
  return [
    {
      name: "PGlite",
      skip: false,
      async setUp() {
        dir = await mkdtemp(join(tmpdir(), `${suite}-store-`));
        return { databaseUrl: null, dataDir: join(dir, "data") };
      },
      tearDown: () => rm(dir, { recursive: true, force: true }),
    },
    {
      name: "PostgreSQL",
      skip: !pgUp,
      async setUp() {
        database = await createTestDatabase(`inbox_${suite}_`);
        return { databaseUrl: database.url, dataDir: "unused" };
      },
      tearDown: async () => database?.drop(),
    },
  ];
}

/**
 * A migrated store on `target` for every test of the enclosing describe: opened before
 * each test, emptied with `clean` and closed after it (so tests pass in any order);
 * each test is skipped where the target is. The object returned stands for the
 * current test's store; `restart()` closes it and opens it again, as a server restart would.
 */
export function useStore(
  target: StoreTarget,
  clean: (store: Store) => Promise<void>,
): Store & { restart(): Promise<void> } {
  let config: StoreConfig | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    if (!target.skip) config = await target.setUp();
  }, 60_000);
  afterAll(async () => {
    if (!target.skip) await target.tearDown();
  });
  beforeEach(async (context) => {
    if (target.skip || !config) return context.skip();
    store = await openStore(config);
    await store.migrate();
  });
  afterEach(async () => {
    if (!store) return;
    const open = store;
    store = undefined;
    try {
      await clean(open);
    } finally {
      await open.close();
    }
  });
  const current = (): Store => {
    if (!store) throw new Error("useStore: no store outside a test");
    return store;
  };
  return {
    get db() {
      return current().db;
    },
    get kind() {
      return current().kind;
    },
    ping: () => current().ping(),
    migrate: () => current().migrate(),
    tryLock: (key) => current().tryLock(key),
    close: () => current().close(),
    async restart() {
      await current().close();
      store = await openStore(config!);
      await store.migrate();
    },
  };
}
