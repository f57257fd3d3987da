import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@/lib/db/open";
import { createOctopushClient } from "@/lib/octopush/client";
import { createTestDatabase, postgresReachable, type TestDatabase } from "@/lib/testing/test-database";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { SEED_FACTS } from "@/simulator/seed";
import { nextDelay, startIndexRunner, SYNC_LOCK_KEY, type IndexRunner } from "./runner";
import { createIndexSync } from "./sync";

describe("nextDelay", () => {
  it("waits the interval, then twice as long after each failure, at most five minutes, Retry-After first", () => {
    expect(nextDelay(10_000, 0)).toBe(10_000);
    expect(nextDelay(10_000, 1)).toBe(20_000);
    expect(nextDelay(10_000, 3)).toBe(80_000);
    expect(nextDelay(10_000, 30)).toBe(300_000);
    expect(nextDelay(1_000, 1, 7_000)).toBe(7_000);
  });
});

// Two instances on one PostgreSQL database: one syncs, the other waits, and takes
// over when the first stops or its connection dies.
const pgUp = await postgresReachable();
if (!pgUp) console.warn("PostgreSQL is unreachable: the sync leadership tests are skipped.");

const LOGIN = "runner-tests@octopush-inbox.invalid";
const KEY = "runner-test-key-not-secret";

describe.skipIf(!pgUp)("two instances syncing one index (PostgreSQL)", () => {
  let sim: RunningSimulator;
  let database: TestDatabase;
  const stores: Store[] = [];
  const runners: IndexRunner[] = [];
  const calls = [0, 0];
  /** A frozen instance's Octopush calls never answer: its pass hangs, as in a process that stopped. */
  const frozen = [false, false];
  const hung: Array<(error: Error) => void> = [];

  function instance(n: 0 | 1): Promise<IndexRunner> {
    return openStore({ databaseUrl: database.url, dataDir: "unused" }).then(async (store) => {
      await store.migrate();
      stores[n] = store;
      const client = createOctopushClient(
        { baseUrl: sim.baseUrl, apiLogin: LOGIN, apiKey: KEY, timeoutMs: 5_000 },
        { cacheTtlMs: 0, retry: { maxAttempts: 1 } },
      );
      const sync = createIndexSync({
        db: store.db,
        listMessages: (params) => {
          calls[n]! += 1;
          if (frozen[n]) return new Promise((_, reject) => hung.push(reject));
          return client.listMessages(params);
        },
        config: { maxMessages: 2_000, days: 3650 },
        order: "newest-first",
        defaultCountry: "FR",
        accountHash: "account",
        now: () => new Date(SEED_FACTS.referenceTime),
        pageSize: 500,
      });
      const runner = startIndexRunner({ sync, tryLock: () => store.tryLock(SYNC_LOCK_KEY), intervalMs: 150 });
      runners[n] = runner;
      return runner;
    });
  }

  const settle = (runner: IndexRunner, passes = 3) =>
    Array.from({ length: passes }).reduce<Promise<void>>((p) => p.then(() => runner.settled()), Promise.resolve());

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, apiLogin: LOGIN, apiKey: KEY });
    database = await createTestDatabase("inbox_index_runner_");
  }, 180_000);
  afterAll(async () => {
    hung.forEach((reject) => reject(new Error("test over")));
    for (const runner of runners) await runner?.stop();
    for (const store of stores) await store?.close().catch(() => undefined);
    await database?.drop();
    await sim?.close();
  });

  it("syncs in exactly one instance, and the other takes over when it stops or its connection dies", async () => {
    const first = await instance(0);
    await settle(first);
    const second = await instance(1);
    await settle(second);
    await settle(first);
    expect(first.leading()).toBe(true);
    expect(second.leading()).toBe(false);
    expect(calls[0]).toBeGreaterThan(0);
    expect(calls[1]).toBe(0);

    // A clean stop releases the lock: the second instance syncs from its next pass.
    await first.stop();
    const before = calls[1]!;
    await settle(second);
    expect(second.leading()).toBe(true);
    expect(calls[1]).toBeGreaterThan(before);

    // A crash: the holder stops answering (its pass hangs) and its connection is cut;
    // PostgreSQL frees the lock at once (this database is the test's own: the only
    // advisory lock held in it is the sync's), and the waiting instance takes it.
    const third = await instance(0);
    await settle(third);
    expect(third.leading()).toBe(false);
    frozen[1] = true;
    await expect.poll(() => hung.length, { timeout: 60_000 }).toBeGreaterThan(0);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(
        `select pg_terminate_backend(pid) from pg_locks
         where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`,
      );
    } finally {
      await admin.end();
    }
    await expect
      .poll(
        async () => {
          await settle(third, 1);
          return third.leading();
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    // The old holder comes back: it finds its lock gone and does not sync beside the new one.
    frozen[1] = false;
    hung.splice(0).forEach((reject) => reject(new Error("the frozen pass ends")));
    await settle(second, 2);
    expect(second.leading()).toBe(false);
    expect(third.leading()).toBe(true);
  }, 180_000);
});
