// `npm run bench:search`: search by name and text over the simulator's deterministic
// 200,000 messages (SIM_MESSAGES, default 200000), in a temporary PGlite store and,
// when 127.0.0.1:5432 answers, in a PostgreSQL database made for the run and dropped
// after. Prints p50/p95 per query and over all queries, per store.
// BENCH_SEARCH_ROUNDS (default 30) rounds of every query, after 3 warm-up rounds.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { openStore, type Store } from "../lib/db/open";
import { queryRows } from "../lib/db/rows";
import { findHits, searchIndex } from "../lib/message-index/search";
import { parseSearchQuery } from "../lib/message-index/search-query";
import { refreshConversations, upsertIndexedMessages } from "../lib/message-index/write";
import { createTestDatabase, postgresReachable } from "../lib/testing/test-database";
import { indexRowsFromSeed } from "../lib/testing/seed-index";
import { seedFor } from "../simulator/seed-bulk";
import type { IndexRow } from "../lib/message-index/rows";

const TOTAL = Number(process.env.SIM_MESSAGES ?? 200_000);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 30);

/** An order number that is in the data, so the query finds something. */
function anOrderNumber(rows: readonly IndexRow[]): string {
  for (let i = Math.floor(rows.length / 2); i < rows.length; i += 1) {
    const match = /#([A-Z]-\d{5})/.exec(rows[i]?.body ?? "");
    if (match?.[1]) return match[1];
  }
  return "A-48213";
}

function queries(rows: readonly IndexRow[]): string[] {
  const order = anOrderNumber(rows);
  return [
    "dupont", // a common last name
    "Jeanne Dupont", // a full name
    "zoe", // finds Zoë
    "Hélène Lefèvre", // accented, typed with accents
    "helene lef", // accent-free, last word a prefix
    order, // an order number as written in the texts
    order.slice(2), // its digits alone
    "merci", // a common word: tens of thousands of messages
    "commande", // another common word
    "ma", // a 2-letter prefix
    "bo", // another
    "merci commande", // two common words
    "مريم", // a right-to-left name
    "王小明", // CJK
    "xylophone", // nothing
  ];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function fill(store: Store, rows: readonly IndexRow[]): Promise<number> {
  const start = performance.now();
  await store.migrate();
  for (let i = 0; i < rows.length; i += 10_000) await upsertIndexedMessages(store.db, rows.slice(i, i + 10_000));
  await refreshConversations(store.db, null);
  return performance.now() - start;
}

async function measure(name: string, store: Store, list: readonly string[]): Promise<void> {
  const parsed = list.map((q) => {
    const result = parseSearchQuery(q);
    if (!result.ok) throw new Error(`bench query ${q} does not parse: ${result.problem.code}`);
    return result.query;
  });
  const times = list.map(() => [] as number[]);
  const found = list.map(() => 0);
  for (let round = 0; round < ROUNDS + 3; round += 1) {
    for (const [i, query] of parsed.entries()) {
      const start = performance.now();
      const hits = await searchIndex(store.db, query, { limit: 20 });
      const ms = performance.now() - start;
      found[i] = hits.length;
      if (round >= 3) times[i]!.push(ms);
    }
  }
  const plans = await Promise.all(parsed.map(async (query) => (await findHits(store.db, query, 20)).plans.join("+")));
  const all = times.flat().sort((a, b) => a - b);
  console.log(`\n${name}: ${ROUNDS} rounds of ${list.length} queries`);
  console.log("query".padEnd(22), "results", "p50 ms".padStart(8), "p95 ms".padStart(8), "  steps");
  for (const [i, q] of list.entries()) {
    const sorted = times[i]!.sort((a, b) => a - b);
    console.log(
      q.padEnd(22),
      String(found[i]).padStart(7),
      percentile(sorted, 50).toFixed(1).padStart(8),
      percentile(sorted, 95).toFixed(1).padStart(8),
      ` ${plans[i]}`,
    );
  }
  console.log(
    `${name} over all queries: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${all[all.length - 1]!.toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  const start = performance.now();
  const rows = indexRowsFromSeed(seedFor({ totalMessages: TOTAL }));
  console.log(`${rows.length} index rows from SIM_MESSAGES=${TOTAL} in ${Math.round(performance.now() - start)} ms`);
  const list = queries(rows);

  const dir = await mkdtemp(join(tmpdir(), "bench-search-"));
  try {
    const store = await openStore({ databaseUrl: null, dataDir: join(dir, "data") });
    try {
      console.log(`PGlite filled in ${Math.round(await fill(store, rows))} ms`);
      await measure("PGlite", store, list);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  if (!(await postgresReachable())) {
    console.log("\nPostgreSQL at 127.0.0.1:5432 does not answer: skipped.");
    return;
  }
  const database = await createTestDatabase("inbox_bench_search_");
  try {
    const store = await openStore({ databaseUrl: database.url, dataDir: "unused" });
    try {
      console.log(`\nPostgreSQL filled in ${Math.round(await fill(store, rows))} ms`);
      // Autovacuum would analyze a table this size within a minute; do it now rather than wait.
      await queryRows(store.db, sql`analyze indexed_messages`);
      await measure("PostgreSQL", store, list);
    } finally {
      await store.close();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
