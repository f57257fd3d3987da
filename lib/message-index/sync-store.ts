import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { queryRows } from "@/lib/db/rows";
import { indexedConversations, indexedMessages, indexState, readMarks } from "@/lib/db/schema";
import { INDEX_STATE_ID } from "./health";
import type { Neighbour, PlacementContext } from "./sequence";

// The sync's reads and deletes in the store (lib/message-index/sync.ts decides when).

/** The seq and sort date of those of `ids` the index already holds. */
export async function knownMessages(db: Db, ids: readonly string[]): Promise<Map<string, Neighbour>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ message_id: string; seq: number; sort_at: string | Date }>(
    db,
    sql`select message_id, seq, sort_at from indexed_messages where message_id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.message_id, { seq: Number(r.seq), sortAt: new Date(r.sort_at) }]));
}

/** The first message by seq (`order`) among those `where` selects; null: none. */
export async function neighbour(db: Db, where: SQL, order: "asc" | "desc"): Promise<Neighbour | null> {
  const rows = await queryRows<{ seq: number; sort_at: string | Date }>(
    db,
    sql`select seq, sort_at from indexed_messages where ${where} order by seq ${sql.raw(order)} limit 1`,
  );
  const row = rows[0];
  return row ? { seq: Number(row.seq), sortAt: new Date(row.sort_at) } : null;
}

/** Where the index stands, for placing a run of pages (lib/message-index/sequence.ts). */
export async function placementContext(db: Db, atTop: boolean, now: Date): Promise<PlacementContext> {
  return {
    atTop,
    head: await neighbour(db, sql`true`, "desc"),
    tail: await neighbour(db, sql`true`, "asc"),
    above: (seq) => neighbour(db, sql`seq > ${seq}`, "asc"),
    below: (seq) => neighbour(db, sql`seq < ${seq}`, "desc"),
    now,
  };
}

export async function countMessages(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from indexed_messages`);
  return Number(row?.n ?? 0);
}

/**
 * The sync's state row for this Octopush account. Another account's index (or none) is
 * emptied first — messages, conversations, read marks — and the row starts afresh.
 */
export async function stateFor(db: Db, accountHash: string, log: (line: string) => void) {
  const [row] = await db.select().from(indexState).where(eq(indexState.id, INDEX_STATE_ID));
  if (row && row.accountHash === accountHash) return row;
  if (row) log("[index] the Octopush account changed: the index starts afresh");
  await db.delete(indexedMessages);
  await db.delete(indexedConversations);
  await db.delete(readMarks);
  const version = (row?.version ?? 0) + 1;
  await db
    .insert(indexState)
    .values({ id: INDEX_STATE_ID, accountHash, backfillPage: null, version })
    .onConflictDoUpdate({
      target: indexState.id,
      set: { accountHash, backfillPage: null, headSeq: null, tailSeq: null, version },
    });
  const [created] = await db.select().from(indexState).where(eq(indexState.id, INDEX_STATE_ID));
  return created!;
}

/** Deletes messages older than `cutoff`, then the oldest beyond `maxMessages`; returns their conversations. */
export async function retainMessages(
  db: Db,
  cutoff: Date,
  maxMessages: number,
): Promise<{ keys: string[]; removed: number }> {
  const old = await queryRows<{ conversation_key: string }>(
    db,
    sql`delete from indexed_messages where sort_at < ${cutoff} returning conversation_key`,
  );
  const total = await countMessages(db);
  let over: { conversation_key: string }[] = [];
  if (total > maxMessages) {
    over = await queryRows<{ conversation_key: string }>(
      db,
      sql`delete from indexed_messages where message_id in (
        select message_id from indexed_messages order by seq asc limit ${total - maxMessages}
      ) returning conversation_key`,
    );
  }
  const removed = [...old, ...over];
  return { keys: removed.map((r) => r.conversation_key), removed: removed.length };
}
