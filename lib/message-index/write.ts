import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { indexedConversations, indexedMessages, indexState, readMarks } from "@/lib/db/schema";
import type { IndexRow } from "./rows";

// The index's write path, shared by the sync and the tests that seed an index directly.

/** PostgreSQL takes at most 65,535 parameters a statement; 13 a row. */
const ROWS_PER_INSERT = 1000;
const KEYS_PER_REFRESH = 2000;

/**
 * Adds messages, or updates those already there: Octopush may change a delivery
 * status, the assigned agent or a contact's name. A row keeps the seq it was first given.
 * Returns the conversation keys of the rows added or changed (an unchanged row is not written).
 */
export async function upsertIndexedMessages(db: Db, rows: readonly IndexRow[]): Promise<string[]> {
  const changed: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = dedupe(rows.slice(start, start + ROWS_PER_INSERT));
    const written = await db
      .insert(indexedMessages)
      .values(batch)
      .onConflictDoUpdate({
        target: indexedMessages.messageId,
        set: {
          contactName: sql`excluded.contact_name`,
          body: sql`excluded.body`,
          direction: sql`excluded.direction`,
          channel: sql`excluded.channel`,
          deliveryStatus: sql`excluded.delivery_status`,
          failed: sql`excluded.failed`,
          agent: sql`excluded.agent`,
          sentAt: sql`coalesce(excluded.sent_at, ${indexedMessages.sentAt})`,
          searchText: sql`excluded.search_text`,
        },
        setWhere: sql`(${indexedMessages.contactName}, ${indexedMessages.body}, ${indexedMessages.direction},
          ${indexedMessages.channel}, ${indexedMessages.deliveryStatus}, ${indexedMessages.agent})
          is distinct from (excluded.contact_name, excluded.body, excluded.direction, excluded.channel,
          excluded.delivery_status, excluded.agent)`,
      })
      .returning({ key: indexedMessages.conversationKey });
    changed.push(...written.map((w) => w.key));
  }
  return changed;
}

/** One statement may not touch a row twice: keep the first of each id. */
function dedupe(rows: readonly IndexRow[]): IndexRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => (seen.has(row.messageId) ? false : (seen.add(row.messageId), true)));
}

function keyFilter(column: SQL, keys: readonly string[] | null): SQL {
  if (keys === null) return sql`true`;
  return sql`${column} in (${sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  )})`;
}

/**
 * Recomputes the conversation rows of these keys from their messages (null: every
 * conversation), and removes those that have no message left.
 */
export async function refreshConversations(db: Db, keys: readonly string[] | null): Promise<void> {
  const batches = keys === null ? [null] : chunk([...new Set(keys)], KEYS_PER_REFRESH);
  for (const batch of batches) {
    if (batch !== null && batch.length === 0) continue;
    await db.execute(sql`
      insert into indexed_conversations (
        conversation_key, contact_name, last_seq, last_message_id, last_body, last_direction,
        last_channel, last_delivery_status, last_sent_at, last_sort_at, last_inbound_seq,
        assigned_agent, channels, last_failed_at, message_count
      )
      select
        m.conversation_key,
        (array_agg(m.contact_name order by m.seq desc) filter (where m.contact_name is not null))[1],
        max(m.seq),
        (array_agg(m.message_id order by m.seq desc))[1],
        (array_agg(m.body order by m.seq desc))[1],
        (array_agg(m.direction order by m.seq desc))[1],
        (array_agg(m.channel order by m.seq desc))[1],
        (array_agg(m.delivery_status order by m.seq desc))[1],
        (array_agg(m.sent_at order by m.seq desc))[1],
        (array_agg(m.sort_at order by m.seq desc))[1],
        max(m.seq) filter (where m.direction = 'inbound'),
        (array_agg(m.agent order by m.seq desc) filter (where m.agent is not null))[1],
        coalesce(array_agg(distinct m.channel) filter (where m.channel is not null), '{}'),
        max(m.sort_at) filter (where m.failed),
        count(*)::int
      from indexed_messages m
      where ${keyFilter(sql`m.conversation_key`, batch)}
      group by m.conversation_key
      on conflict (conversation_key) do update set
        contact_name = excluded.contact_name,
        last_seq = excluded.last_seq,
        last_message_id = excluded.last_message_id,
        last_body = excluded.last_body,
        last_direction = excluded.last_direction,
        last_channel = excluded.last_channel,
        last_delivery_status = excluded.last_delivery_status,
        last_sent_at = excluded.last_sent_at,
        last_sort_at = excluded.last_sort_at,
        last_inbound_seq = excluded.last_inbound_seq,
        assigned_agent = excluded.assigned_agent,
        channels = excluded.channels,
        last_failed_at = excluded.last_failed_at,
        message_count = excluded.message_count
    `);
    await db.execute(sql`
      delete from indexed_conversations c
      where ${keyFilter(sql`c.conversation_key`, batch)}
        and not exists (select 1 from indexed_messages m where m.conversation_key = c.conversation_key)
    `);
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Empties the index (messages, conversations, read marks and the sync's progress): the next pass starts afresh. */
export async function clearIndex(db: Db): Promise<void> {
  await db.delete(indexedMessages);
  await db.delete(indexedConversations);
  await db.delete(readMarks);
  await db.delete(indexState);
}
