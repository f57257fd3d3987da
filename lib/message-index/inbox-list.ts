import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { queryRows } from "@/lib/db/rows";
import { INBOX_FILTERS, type InboxFilter } from "@/lib/inbox/inbox-filters";

// The inbox list from the index: conversations by their last message (last_seq desc),
// keyset-paged, each with the signed-in agent's unread count; the filters' counts; read
// marks. Unread = the conversation's inbound messages above the agent's read mark (no
// mark: all of them). Plain SQL that PostgreSQL 15 and PGlite both run.

export { INBOX_FILTERS, type InboxFilter };

/** Unread counts are counted up to this (the list shows "99+" above 99): a row never counts 10,000 messages. */
export const UNREAD_CAP = 100;
/** "Failed" reaches back this far. */
export const FAILED_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Who is asking: unread counts are per agent, "Mine" matches these names (case-insensitively). */
export interface InboxAgent {
  email: string;
  /** agents.octopush_names, else the account's name. */
  names: readonly string[];
}

export interface InboxView {
  filter: InboxFilter | null;
  channel: string | null;
}

export interface InboxCursor {
  seq: number;
  key: string;
}

export interface IndexedConversationRow {
  key: string;
  name: string | null;
  lastSeq: number;
  lastMessageId: string;
  lastBody: string | null;
  lastDirection: string | null;
  lastChannel: string | null;
  lastDeliveryStatus: string | null;
  /** ISO 8601; null when Octopush gave no date. */
  lastSentAt: string | null;
  assignedAgent: string | null;
  channels: string[];
  /** Capped at UNREAD_CAP. */
  unread: number;
}

export interface InboxPage {
  conversations: IndexedConversationRow[];
  nextCursor: InboxCursor | null;
}

const NEG_INF = sql`'-Infinity'::double precision`;

function lowered(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))];
}

function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`array[]::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** The condition of one filter, on `c` (indexed_conversations) for this agent. */
function filterCondition(
  filter: InboxFilter | null,
  agent: InboxAgent,
  now: Date,
  readSeq: SQL = readSeqOf(agent),
): SQL {
  switch (filter) {
    case "unread":
      return sql`(c.last_inbound_seq is not null and c.last_inbound_seq > coalesce(${readSeq}, ${NEG_INF}))`;
    case "awaiting":
      return sql`(c.last_direction = 'inbound')`;
    case "failed":
      return sql`(c.last_failed_at is not null and c.last_failed_at >= ${new Date(now.getTime() - FAILED_WINDOW_MS).toISOString()}::timestamptz)`;
    case "mine":
      return sql`(lower(c.assigned_agent) = any(${textArray(lowered(agent.names))}))`;
    case null:
      return sql`true`;
  }
}

function channelCondition(channel: string | null): SQL {
  return channel === null ? sql`true` : sql`(${channel} = any(c.channels))`;
}

/**
 * The agent's read mark of conversation `c`, as a lookup by primary key for each row. Not a
 * join: PGlite has no autovacuum, and with stale statistics the planner joined every
 * conversation to every mark (0.9 s for 10,000 conversations instead of milliseconds).
 */
function readSeqOf(agent: InboxAgent): SQL {
  return sql`(select r.read_seq from read_marks r where r.agent_email = ${agent.email} and r.conversation_key = c.conversation_key)`;
}

interface ListRow extends Record<string, unknown> {
  key: string;
  name: string | null;
  last_seq: number;
  last_message_id: string;
  last_body: string | null;
  last_direction: string | null;
  last_channel: string | null;
  last_delivery_status: string | null;
  /** Milliseconds since 1970: the drivers give timestamps as Date or as text in raw queries. */
  last_sent_ms: number | string | null;
  assigned_agent: string | null;
  channels: string[];
  unread: number;
}

/** One page of the list, newest last message first; `cursor` is the last row of the previous page. */
export async function listIndexedConversations(
  db: Db,
  agent: InboxAgent,
  view: InboxView,
  options: { cursor: InboxCursor | null; limit: number; now?: Date },
): Promise<InboxPage> {
  const now = options.now ?? new Date();
  const after = options.cursor
    ? sql`(c.last_seq < ${options.cursor.seq} or (c.last_seq = ${options.cursor.seq} and c.conversation_key < ${options.cursor.key}))`
    : sql`true`;
  const rows = await queryRows<ListRow>(
    db,
    // The page is chosen first, then only its rows are counted: counting in the same
    // select lets the planner count every matching conversation before it sorts.
    sql`
      select p.*,
        case when p.last_inbound_seq is null or p.last_inbound_seq <= coalesce(p.read_seq, ${NEG_INF}) then 0
        else (
          select count(*)::int from (
            select 1 from indexed_messages m
            where m.conversation_key = p.key and m.direction = 'inbound'
              and m.seq > coalesce(p.read_seq, ${NEG_INF})
            limit ${UNREAD_CAP}
          ) capped
        ) end as unread
      from (
        select c.conversation_key as key, c.contact_name as name, c.last_seq, c.last_message_id, c.last_body,
          c.last_direction, c.last_channel, c.last_delivery_status, (extract(epoch from c.last_sent_at) * 1000)::float8 as last_sent_ms, c.assigned_agent, c.channels,
          c.last_inbound_seq, ${readSeqOf(agent)} as read_seq
        from indexed_conversations c
        where ${filterCondition(view.filter, agent, now)} and ${channelCondition(view.channel)} and ${after}
        order by c.last_seq desc, c.conversation_key desc
        limit ${options.limit + 1}
      ) p
      order by p.last_seq desc, p.key desc
    `,
  );
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    conversations: page.map((row) => ({
      key: row.key,
      name: row.name,
      lastSeq: Number(row.last_seq),
      lastMessageId: row.last_message_id,
      lastBody: row.last_body,
      lastDirection: row.last_direction,
      lastChannel: row.last_channel,
      lastDeliveryStatus: row.last_delivery_status,
      lastSentAt: row.last_sent_ms === null ? null : new Date(Number(row.last_sent_ms)).toISOString(),
      assignedAgent: row.assigned_agent,
      channels: row.channels,
      unread: Number(row.unread),
    })),
    nextCursor: rows.length > options.limit && last ? { seq: Number(last.last_seq), key: last.key } : null,
  };
}

export type FilterCounts = Record<"all" | InboxFilter, number>;

export interface InboxCounts {
  /** Each filter's count within the chosen channel. */
  filters: FilterCounts;
  /** Conversations per channel, every channel, under no filter. */
  channels: { channel: string; count: number }[];
  /** Unread conversations across every channel: the tab title's number. */
  unreadConversations: number;
  /** The conversation whose newest inbound message is the newest unread one (for notifications). */
  newestUnread: { key: string; name: string | null; seq: number } | null;
}

/** The counts beside the filters; cheap enough to poll (one pass over the conversations). */
export async function countIndexedConversations(
  db: Db,
  agent: InboxAgent,
  channel: string | null,
  now = new Date(),
): Promise<InboxCounts> {
  const inChannel = channelCondition(channel);
  const [counts] = await queryRows<Record<string, number>>(
    db,
    sql`
      select
        count(*) filter (where ${inChannel})::int as "all",
        count(*) filter (where ${inChannel} and ${filterCondition("unread", agent, now, sql`c.read_seq`)})::int as unread,
        count(*) filter (where ${inChannel} and ${filterCondition("awaiting", agent, now)})::int as awaiting,
        count(*) filter (where ${inChannel} and ${filterCondition("failed", agent, now)})::int as failed,
        count(*) filter (where ${inChannel} and ${filterCondition("mine", agent, now)})::int as mine,
        count(*) filter (where ${filterCondition("unread", agent, now, sql`c.read_seq`)})::int as unread_everywhere
      -- Each mark is looked up once, not once for each count that needs it.
      from (select c.*, ${readSeqOf(agent)} as read_seq from indexed_conversations c) c
    `,
  );
  const channels = await queryRows<{ channel: string; count: number }>(
    db,
    sql`
      select ch as channel, count(*)::int as count
      from indexed_conversations c, unnest(c.channels) as ch
      group by ch order by count(*) desc, ch
    `,
  );
  const [newest] = await queryRows<{ key: string; name: string | null; seq: number }>(
    db,
    sql`
      select c.conversation_key as key, c.contact_name as name, c.last_inbound_seq as seq
      from indexed_conversations c
      where ${filterCondition("unread", agent, now)}
      order by c.last_inbound_seq desc
      limit 1
    `,
  );
  const n = (value: unknown) => Number(value ?? 0);
  return {
    filters: {
      all: n(counts?.all),
      unread: n(counts?.unread),
      awaiting: n(counts?.awaiting),
      failed: n(counts?.failed),
      mine: n(counts?.mine),
    },
    channels: channels.map((c) => ({ channel: c.channel, count: n(c.count) })),
    unreadConversations: n(counts?.unread_everywhere),
    newestUnread: newest ? { key: newest.key, name: newest.name, seq: n(newest.seq) } : null,
  };
}

/** "Mine": the agent's Octopush names (agents.octopush_names), else the account's name. */
export async function agentOctopushNames(db: Db, email: string, fallbackName: string): Promise<string[]> {
  const [row] = await queryRows<{ names: string[] | null }>(
    db,
    sql`select octopush_names as names from agents where email = ${email}`,
  );
  const names = row?.names?.filter((n) => n.trim()) ?? [];
  return names.length > 0 ? names : [fallbackName];
}

/** True while the sync has not written a conversation yet ("Indexing your conversations…"). */
export async function indexIsEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows(db, sql`select 1 from indexed_conversations limit 1`);
  return rows.length === 0;
}

export function isInboxFilter(value: unknown): value is InboxFilter {
  return typeof value === "string" && (INBOX_FILTERS as readonly string[]).includes(value);
}
