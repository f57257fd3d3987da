// npm run bench:list — the inbox list's queries over 10,000 indexed conversations
// (30,000 messages), on embedded PGlite and on the PostgreSQL of INBOX_TEST_PG_URL
// (skipped when it does not answer). Prints the median and p95 of 30 runs of each.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreConfig } from "../lib/config/env-store";
import { openStore, type Db } from "../lib/db/open";
import type { InboxMessage } from "../lib/inbox/types";
import { countIndexedConversations, listIndexedConversations, type InboxAgent } from "../lib/message-index/inbox-list";
import { markRead } from "../lib/message-index/read-marks";
import { toIndexRow, type IndexRow } from "../lib/message-index/rows";
import { createSummaryCounts } from "../lib/message-index/summary-counts";
import { refreshConversations, upsertIndexedMessages } from "../lib/message-index/write";
import { createTestDatabase, postgresReachable } from "../lib/testing/test-database";

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 10_000);
const RUNS = 30;
const AGENT: InboxAgent = { email: "bench@acme.example", names: ["Bench Agent"] };

function rows(): IndexRow[] {
  const out: IndexRow[] = [];
  const now = Date.now();
  let seq = 0;
  for (let i = 0; i < CONVERSATIONS; i++) {
    const key = `+336${String(10_000_000 + i).slice(-8)}`;
    for (let n = 0; n < 3; n++) {
      const inbound = n !== 1;
      const message: InboxMessage = {
        id: `b-${i}-${n}`,
        text: `Message ${n} of ${i}`,
        direction: inbound ? "inbound" : "outbound",
        channel: ["sms", "whatsapp", "email"][i % 3]!,
        deliveryStatus: inbound ? null : i % 17 === 0 ? "NOT_DELIVERED" : "DELIVERED",
        agent: i % 5 === 0 ? "Bench Agent" : "Someone Else",
        contactName: `Contact ${i}`,
        contact: { phone: key, email: null, facebookId: null },
        contactIds: { phone: { kind: "phone", value: key, display: key } },
        sentAt: null,
      };
      out.push(toIndexRow(message, seq++, new Date(now - (CONVERSATIONS - i) * 60_000))!);
    }
  }
  return out;
}

async function time(label: string, run: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`  ${label.padEnd(44)} p50 ${at(0.5).padStart(6)} ms   p95 ${at(0.95).padStart(6)} ms`);
}

async function bench(name: string, config: StoreConfig) {
  const store = await openStore(config);
  try {
    await store.migrate();
    const db: Db = store.db;
    const fill = performance.now();
    await upsertIndexedMessages(db, rows());
    await refreshConversations(db, null);
    // The agent has read a tenth of the conversations.
    for (let i = 0; i < CONVERSATIONS; i += 10)
      await markRead(db, AGENT.email, `+336${String(10_000_000 + i).slice(-8)}`, null);
    console.log(
      `${name}: ${CONVERSATIONS} conversations, ${CONVERSATIONS * 3} messages, filled in ${((performance.now() - fill) / 1000).toFixed(1)} s`,
    );
    const all = { filter: null, channel: null };
    await time("first page of 100 (All)", () => listIndexedConversations(db, AGENT, all, { cursor: null, limit: 100 }));
    const deep = { seq: (CONVERSATIONS / 2) * 3, key: "+33699999999" };
    await time("a page of 100 halfway down (cursor)", () =>
      listIndexedConversations(db, AGENT, all, { cursor: deep, limit: 100 }),
    );
    for (const filter of ["unread", "awaiting", "failed", "mine"] as const)
      await time(`first page of 100, filter=${filter}`, () =>
        listIndexedConversations(db, AGENT, { filter, channel: null }, { cursor: null, limit: 100 }),
      );
    await time("first page of 100, channel=whatsapp", () =>
      listIndexedConversations(db, AGENT, { filter: null, channel: "whatsapp" }, { cursor: null, limit: 100 }),
    );
    await time("summary counts (every filter and channel)", () => countIndexedConversations(db, AGENT, null));
    // What a poll costs once the counts are kept (lib/message-index/summary-counts.ts):
    // the read marks' fingerprint and a hit, the index's version unchanged.
    const kept = createSummaryCounts();
    await kept.read(db, AGENT, null, 1);
    await time("summary counts kept (a poll, no change)", () => kept.read(db, AGENT, null, 1));
  } finally {
    await store.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), "bench-inbox-list-"));
try {
  await bench("PGlite", { databaseUrl: null, dataDir: join(dir, "data") });
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (await postgresReachable()) {
  const database = await createTestDatabase("inbox_bench_list_");
  try {
    await bench("PostgreSQL", { databaseUrl: database.url, dataDir: "unused" });
  } finally {
    await database.drop();
  }
} else console.log("PostgreSQL does not answer: skipped.");
