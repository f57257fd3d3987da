import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { queryRows } from "@/lib/db/rows";

// Read marks: how far each agent has read each conversation (docs/decisions/message-index.md).

/** What a read mark applies to: the message's own conversation when it is indexed, else the key given. */
async function resolveTarget(
  db: Db,
  key: string,
  messageId: string | null,
): Promise<{ key: string; seq: number } | null> {
  if (messageId) {
    const [message] = await queryRows<{ key: string; seq: number }>(
      db,
      sql`select conversation_key as key, seq from indexed_messages where message_id = ${messageId}`,
    );
    if (message) return { key: message.key, seq: Number(message.seq) };
  }
  const [conversation] = await queryRows<{ key: string; seq: number }>(
    db,
    sql`select conversation_key as key, last_seq as seq from indexed_conversations where conversation_key = ${key}`,
  );
  return conversation ? { key: conversation.key, seq: Number(conversation.seq) } : null;
}

export interface MarkResult {
  /** The conversation's key in the index; null: not indexed (yet), nothing was marked. */
  key: string | null;
  readSeq: number | null;
}

/**
 * The agent has had `messageId` (the newest message on screen) in view: the mark moves
 * up to it, never backwards. A message not indexed yet counts as the conversation's last.
 */
export async function markRead(db: Db, agentEmail: string, key: string, messageId: string | null): Promise<MarkResult> {
  const target = await resolveTarget(db, key, messageId);
  if (!target) return { key: null, readSeq: null };
  const [row] = await queryRows<{ read_seq: number }>(
    db,
    sql`
      insert into read_marks (agent_email, conversation_key, read_seq, previous_read_seq, updated_at)
      values (${agentEmail}, ${target.key}, ${target.seq}, null, now())
      on conflict (agent_email, conversation_key) do update set
        previous_read_seq = case when excluded.read_seq > read_marks.read_seq
          then read_marks.read_seq else read_marks.previous_read_seq end,
        read_seq = greatest(read_marks.read_seq, excluded.read_seq),
        updated_at = now()
      returning read_seq
    `,
  );
  return { key: target.key, readSeq: row ? Number(row.read_seq) : target.seq };
}

/** "Mark as unread": the mark before the last move forward comes back (none: the row goes). */
export async function markUnread(
  db: Db,
  agentEmail: string,
  key: string,
  messageId: string | null,
): Promise<MarkResult> {
  const target = await resolveTarget(db, key, messageId);
  const conversationKey = target?.key ?? key;
  await db.execute(sql`
    delete from read_marks
    where agent_email = ${agentEmail} and conversation_key = ${conversationKey} and previous_read_seq is null
  `);
  const [row] = await queryRows<{ read_seq: number }>(
    db,
    sql`
      update read_marks set read_seq = previous_read_seq, previous_read_seq = null, updated_at = now()
      where agent_email = ${agentEmail} and conversation_key = ${conversationKey}
      returning read_seq
    `,
  );
  return { key: target ? conversationKey : null, readSeq: row ? Number(row.read_seq) : null };
}
