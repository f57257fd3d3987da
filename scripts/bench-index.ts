// `npm run bench:index`: how long the message index's sync takes to index a large
// account from nothing, then a quiet pass and a pass with new messages, on PGlite and on
// PostgreSQL (when 127.0.0.1:5432 answers; a database made and dropped for the run).
// The simulator runs in this process with SIM_MESSAGES (default 200,000) and no latency.
//   SIM_MESSAGES=200000 npm run bench:index
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { StoreConfig } from "../lib/config/env-store";
import { openStore } from "../lib/db/open";
import { queryRows } from "../lib/db/rows";
import { createIndexSync } from "../lib/message-index/sync";
import { createOctopushClient } from "../lib/octopush/client";
import { createTestDatabase, postgresReachable } from "../lib/testing/test-database";
import { startSimulator } from "../simulator/server";

const LOGIN = "bench-index@octopush-inbox.invalid";
const KEY = "bench-index-key-not-secret";
const total = Number(process.env.SIM_MESSAGES ?? 200_000);

async function run(name: string, config: StoreConfig, baseUrl: string, addMessages: () => void) {
  const store = await openStore(config);
  await store.migrate();
  const client = createOctopushClient(
    { baseUrl, apiLogin: LOGIN, apiKey: KEY, timeoutMs: 30_000 },
    { cacheTtlMs: 0, retry: { maxAttempts: 1 } },
  );
  let calls = 0;
  const sync = createIndexSync({
    db: store.db,
    listMessages: (params) => {
      calls += 1;
      return client.listMessages(params);
    },
    config: { maxMessages: 1_000_000, days: 3650 },
    order: "newest-first",
    defaultCountry: "FR",
    accountHash: "bench",
    backfillBudgetMs: 5_000,
  });
  try {
    const started = performance.now();
    let passes = 0;
    for (;;) {
      passes += 1;
      const result = await sync.runOnce();
      if (!result.backfilling) break;
    }
    const fullMs = performance.now() - started;
    const n =
      (await queryRows<{ n: number }>(store.db, sql`select count(*)::int as n from indexed_messages`))[0]?.n ?? 0;
    const c =
      (await queryRows<{ c: number }>(store.db, sql`select count(*)::int as c from indexed_conversations`))[0]?.c ?? 0;
    const quietStart = performance.now();
    await sync.runOnce();
    const quietMs = performance.now() - quietStart;
    addMessages();
    const newStart = performance.now();
    const fresh = await sync.runOnce();
    const newMs = performance.now() - newStart;
    console.log(
      `${name.padEnd(10)} full index: ${(fullMs / 1000).toFixed(1)} s for ${n} messages, ${c} conversations ` +
        `(${Math.round(n / (fullMs / 1000))} messages/s, ${calls} pages, ${passes} passes of at most 5 s); ` +
        `quiet pass: ${quietMs.toFixed(0)} ms; pass with ${fresh.added} new: ${newMs.toFixed(0)} ms`,
    );
  } finally {
    await store.close();
  }
}

async function main() {
  const sim = await startSimulator({ port: 0, apiLogin: LOGIN, apiKey: KEY, seed: { totalMessages: total } });
  let added = 0;
  const addMessages = () => {
    for (let i = 0; i < 20; i += 1) {
      added += 1;
      sim.store.add({
        contact: { phoneNumber: `+3369900${String(added).padStart(4, "0")}` },
        channel: "sms",
        direction: "inbound",
        text: `bench message ${added}`,
      });
    }
  };
  console.log(`bench:index — ${total} messages in the simulator, pages of 100, ${new Date().toISOString()}`);
  const dir = await mkdtemp(join(tmpdir(), "bench-index-"));
  try {
    await run("PGlite", { databaseUrl: null, dataDir: join(dir, "data") }, sim.baseUrl, addMessages);
    if (await postgresReachable()) {
      const database = await createTestDatabase("inbox_bench_index_");
      try {
        await run("PostgreSQL", { databaseUrl: database.url, dataDir: "unused" }, sim.baseUrl, addMessages);
      } finally {
        await database.drop();
      }
    } else console.log("PostgreSQL       unreachable: skipped");
  } finally {
    await rm(dir, { recursive: true, force: true });
    await sim.close();
  }
}

void main();
