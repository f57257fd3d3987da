import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { createSingleFlight } from "@/lib/resilience/single-flight";
import { createTtlCache } from "@/lib/resilience/ttl-cache";
import { countIndexedConversations, type InboxAgent, type InboxCounts } from "./inbox-list";
import { queryRows } from "@/lib/db/rows";

// GET /api/inbox/summary is polled every few seconds by every open inbox tab, and its
// counts pass over every indexed conversation (~50–80 ms for 10,000 on PGlite, on the
// server's own thread: docs/benchmarks.md, bench:list). Those counts depend on the
// index's content, which changes only with index_state.version (every sync pass that
// changes a message or a conversation bumps it), on the agent's read marks, on the
// agent's Octopush names ("Mine"), on the channel asked, and on the clock (Failed is
// "in the last days"). So they are kept under a key made of all of those but the
// clock, for SUMMARY_TTL_MS at most: an answer is never staler than the index
// itself, and the Failed window moves at most that late. The read marks' fingerprint
// is one indexed query, so a read or "Mark as unread" on any instance shows at the
// next poll. Per process: with several instances each keeps its own.

export const SUMMARY_TTL_MS = 30_000;
/** Agents × channels a server sees in 30 s, with room to spare. */
const MAX_ENTRIES = 2_000;

type Count = typeof countIndexedConversations;

/** What the agent's read marks are now, in a few numbers: any mark written changes one of them. */
export async function readMarksFingerprint(db: Db, agentEmail: string): Promise<string> {
  const [row] = await queryRows<{ n: number; total: number | null; latest: string | null }>(
    db,
    sql`
      select count(*)::int as n, sum(read_seq)::float8 as total, max(updated_at)::text as latest
      from read_marks where agent_email = ${agentEmail}
    `,
  );
  return `${row?.n ?? 0}:${row?.total ?? 0}:${row?.latest ?? ""}`;
}

export interface SummaryCounts {
  /** The counts for this agent and channel at this index version, computed or kept. */
  read(db: Db, agent: InboxAgent, channel: string | null, version: number): Promise<InboxCounts>;
}

export function createSummaryCounts(options: { count?: Count; now?: () => number } = {}): SummaryCounts {
  const count = options.count ?? countIndexedConversations;
  const kept = createTtlCache<InboxCounts>(SUMMARY_TTL_MS, MAX_ENTRIES, options.now);
  const flights = createSingleFlight();
  return {
    async read(db, agent, channel, version) {
      const marks = await readMarksFingerprint(db, agent.email);
      const key = JSON.stringify([agent.email, [...agent.names].sort(), channel, version, marks]);
      const hit = kept.get(key);
      if (hit) return hit;
      return flights.run(key, async () => {
        const counts = await count(db, agent, channel);
        kept.set(key, counts);
        return counts;
      });
    },
  };
}
