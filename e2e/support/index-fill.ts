import { rm } from "node:fs/promises";
import { addUser } from "../../lib/accounts/store";
import { openStore } from "../../lib/db/open";
import { indexState } from "../../lib/db/schema";
import { INDEX_STATE_ID } from "../../lib/message-index/health";
import { credentialScope } from "../../lib/shared-state/keys";
import { toIndexRow, type IndexRow } from "../../lib/message-index/rows";
import { refreshConversations, upsertIndexedMessages } from "../../lib/message-index/write";
import type { InboxMessage } from "../../lib/inbox/types";
import { FAKE_API_KEY, FAKE_API_LOGIN } from "./env";
import type { SeedAgent } from "./store";

// An embedded store filled with an index directly, through the index's own write path,
// for an app instance that must show many conversations without syncing 200,000 messages.

/** Conversation i's key: +336 followed by eight digits. */
export const filledKey = (i: number) => `+336${String(10_000_000 + i).slice(-8)}`;
export const filledName = (i: number) => `Filled Contact ${i}`;

function message(i: number, n: number, inbound: boolean): InboxMessage {
  const key = filledKey(i);
  return {
    id: `fill-${i}-${n}`,
    text: `Message ${n} of conversation ${i}`,
    direction: inbound ? "inbound" : "outbound",
    channel: i % 3 === 0 ? "whatsapp" : "sms",
    deliveryStatus: inbound ? null : "DELIVERED",
    agent: null,
    contactName: filledName(i),
    contact: { phone: key, email: null, facebookId: null },
    contactIds: { phone: { kind: "phone", value: key, display: key } },
    sentAt: null,
  };
}

/** A fresh store with `agents` and `conversations` conversations (every tenth with a reply), newest = the highest i. */
export async function fillIndexedStore(dataDir: string, agents: SeedAgent[], conversations: number): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
  const store = await openStore({ databaseUrl: null, dataDir });
  try {
    await store.migrate();
    for (const agent of agents) await addUser(store.db, agent);
    const now = Date.now();
    const rows: IndexRow[] = [];
    for (let i = 0; i < conversations; i++) {
      const at = new Date(now - (conversations - i) * 60_000);
      rows.push(toIndexRow(message(i, 1, true), i * 2, at)!);
      if (i % 10 === 0) rows.push(toIndexRow(message(i, 2, false), i * 2 + 1, at)!);
    }
    await upsertIndexedMessages(store.db, rows);
    await refreshConversations(store.db, null);
    // The state of an index synced from the e2e account: the sync keeps these rows (it starts
    // afresh only for another account) and the list is not "behind".
    await store.db.insert(indexState).values({
      id: INDEX_STATE_ID,
      accountHash: credentialScope(FAKE_API_LOGIN, FAKE_API_KEY),
      headSeq: conversations * 2,
      tailSeq: 0,
      backfillPage: null,
      version: 1,
      lastAttemptAt: new Date(),
      lastSuccessAt: new Date(),
    });
  } finally {
    await store.close();
  }
}
