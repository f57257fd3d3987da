import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { queryRows } from "@/lib/db/rows";
import { highlight, snippet } from "./highlight";
import type { SearchQuery } from "./search-query";
import type { SearchHit } from "./search-types";

// Search by contact name and message text (docs/decisions/message-index.md, "Search").
// One row per conversation: its newest matching message.

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 50;
/** The newest matching messages grouped by conversation: enough for a page of conversations. */
export const SEARCH_SCAN = 300;
/** How many of the newest messages the first, cheap step reads. */
export const RECENT_WINDOW = 4000;
/** Up to this many matches, all of them are read through the GIN index and sorted. */
export const GIN_CAP = 3000;

export type SearchPlan = "recent" | "gin" | "walk";

interface Hit extends Record<string, unknown> {
  message_id: string;
  conversation_key: string;
  seq: number;
}

interface Row extends Record<string, unknown> {
  message_id: string;
  conversation_key: string;
  contact_name: string | null;
  body: string | null;
  channel: string | null;
  direction: string | null;
  sent_at: Date | string | null;
}

/**
 * The matching messages for one plan (apart from running it, so tests and the
 * bench can read the plan PostgreSQL makes of it):
 * - "recent": the newest matches among the newest RECENT_WINDOW messages, through
 *   the seq index: bounded work, and enough for a common word ("merci", "ma").
 * - "gin": up to GIN_CAP + 1 matches, in no order, through the GIN index: all of
 *   them when the word is rare. `seq + 0` keeps the seq index out of it.
 * - "walk": the newest SEARCH_SCAN matches, walking the seq index: used only when
 *   there are more than GIN_CAP matches, so they are dense enough to meet soon.
 */
export function hitsStatement(query: SearchQuery, plan: SearchPlan): SQL {
  const match = sql`search @@ to_tsquery('simple', ${query.tsquery})`;
  switch (plan) {
    case "recent":
      return sql`
        select message_id, conversation_key, seq
        from (select message_id, conversation_key, seq, search from indexed_messages
              order by seq desc limit ${RECENT_WINDOW}) recent
        where ${match}
        order by seq desc
        limit ${SEARCH_SCAN}`;
    case "gin":
      return sql`select message_id, conversation_key, seq + 0 as seq from indexed_messages where ${match} limit ${GIN_CAP + 1}`;
    case "walk":
      return sql`
        select message_id, conversation_key, seq from indexed_messages
        where ${match}
        order by seq desc
        limit ${SEARCH_SCAN}`;
  }
}

/** The newest hit of each conversation, newest first, at most `limit`. */
export function newestPerConversation(hits: readonly Hit[], limit: number): Hit[] {
  const sorted = [...hits].sort((a, b) => Number(b.seq) - Number(a.seq));
  const seen = new Set<string>();
  const out: Hit[] = [];
  for (const hit of sorted) {
    if (seen.has(hit.conversation_key)) continue;
    seen.add(hit.conversation_key);
    out.push(hit);
    if (out.length === limit) break;
  }
  return out;
}

/** Which plans ran, for the bench. */
export async function findHits(
  db: Db,
  query: SearchQuery,
  limit: number,
): Promise<{ hits: Hit[]; plans: SearchPlan[] }> {
  const recent = newestPerConversation(await queryRows<Hit>(db, hitsStatement(query, "recent")), limit);
  if (recent.length === limit) return { hits: recent, plans: ["recent"] };
  const gin = await queryRows<Hit>(db, hitsStatement(query, "gin"));
  if (gin.length <= GIN_CAP) return { hits: newestPerConversation(gin, limit), plans: ["recent", "gin"] };
  const walk = await queryRows<Hit>(db, hitsStatement(query, "walk"));
  return { hits: newestPerConversation(walk, limit), plans: ["recent", "gin", "walk"] };
}

async function details(db: Db, ids: readonly string[]): Promise<Map<string, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<Row>(
    db,
    sql`
      select m.message_id, m.conversation_key, coalesce(m.contact_name, c.contact_name) as contact_name,
             m.body, m.channel, m.direction, m.sent_at
      from indexed_messages m
      left join indexed_conversations c on c.conversation_key = m.conversation_key
      where m.message_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  return new Map(rows.map((row) => [row.message_id, row]));
}

export async function searchIndex(db: Db, query: SearchQuery, options: { limit?: number } = {}): Promise<SearchHit[]> {
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)), MAX_SEARCH_LIMIT);
  const { hits } = await findHits(db, query, limit);
  const byId = await details(
    db,
    hits.map((hit) => hit.message_id),
  );
  return hits.flatMap((hit) => {
    // Gone between the two reads (retention): left out.
    const row = byId.get(hit.message_id);
    if (!row) return [];
    return [
      {
        conversationKey: row.conversation_key,
        messageId: row.message_id,
        contactName: row.contact_name,
        channel: row.channel,
        direction: row.direction,
        sentAt: row.sent_at === null ? null : new Date(row.sent_at).toISOString(),
        name: row.contact_name ? highlight(row.contact_name, query.words) : null,
        snippet: snippet(row.body ?? "", query.words),
      },
    ];
  });
}
