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
/**
 * The newest matching messages looked at before grouping by conversation. A common
 * word matches tens of thousands of rows: ordering all of them would cost their
 * number; the newest few hundred are found by walking the seq index.
 */
export const SEARCH_SCAN = 500;

interface Row extends Record<string, unknown> {
  message_id: string;
  conversation_key: string;
  contact_name: string | null;
  body: string | null;
  channel: string | null;
  direction: string | null;
  sent_at: Date | string | null;
}

/** The statement for one parsed query (apart from running it, to read its plan in tests and the bench). */
export function searchStatement(query: SearchQuery, limit: number): SQL {
  return sql`
    with hits as materialized (
      select message_id, conversation_key, seq
      from indexed_messages
      where search @@ to_tsquery('simple', ${query.tsquery})
      order by seq desc
      limit ${SEARCH_SCAN}
    ),
    best as (
      select distinct on (conversation_key) message_id, seq
      from hits
      order by conversation_key, seq desc
    ),
    newest as (
      select message_id, seq from best order by seq desc limit ${limit}
    )
    select m.message_id, m.conversation_key, coalesce(m.contact_name, c.contact_name) as contact_name,
           m.body, m.channel, m.direction, m.sent_at
    from newest n
    join indexed_messages m on m.message_id = n.message_id
    left join indexed_conversations c on c.conversation_key = m.conversation_key
    order by n.seq desc
  `;
}

export async function searchIndex(db: Db, query: SearchQuery, options: { limit?: number } = {}): Promise<SearchHit[]> {
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)), MAX_SEARCH_LIMIT);
  const rows = await queryRows<Row>(db, searchStatement(query, limit));
  return rows.map((row) => ({
    conversationKey: row.conversation_key,
    messageId: row.message_id,
    contactName: row.contact_name,
    channel: row.channel,
    direction: row.direction,
    sentAt: row.sent_at === null ? null : new Date(row.sent_at).toISOString(),
    name: row.contact_name ? highlight(row.contact_name, query.words) : null,
    snippet: snippet(row.body ?? "", query.words),
  }));
}
