import { beforeEach, describe, expect, it } from "vitest";
import { agents, indexedConversations, indexedMessages, readMarks } from "@/lib/db/schema";
import { inboxMessage } from "@/lib/testing/inbox-message";
import { markRead, markUnread } from "./read-marks";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import {
  agentOctopushNames,
  countIndexedConversations,
  indexIsEmpty,
  listIndexedConversations,
  type InboxAgent,
} from "./inbox-list";
import { toIndexRow, type IndexRow } from "./rows";
import { refreshConversations, upsertIndexedMessages } from "./write";

const targets = await storeTargets("inbox_list");
const NOW = new Date(Date.UTC(2026, 10, 20, 12, 0));
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const phone = (value: string) => ({ phone: { kind: "phone" as const, value, display: value } });

const ALEX: InboxAgent = { email: "alex@acme.example", names: ["Alex Agent"] };
const BLAKE: InboxAgent = { email: "blake@acme.example", names: ["blake", "B. Agent"] };

function row(key: string, seq: number, extra: Parameters<typeof inboxMessage>[0] = {}, at = daysAgo(1)): IndexRow {
  const indexed = toIndexRow(inboxMessage({ contactIds: phone(key), ...extra }), seq, at);
  if (!indexed) throw new Error("no key");
  return indexed;
}

// Four conversations, newest last message first: D (whatsapp, failed 2 days ago, outbound
// last), C (sms, 3 inbound, assigned to Alex), B (sms, failed 10 days ago, inbound last),
// A (email then sms, outbound last, assigned to "BLAKE").
const A = "+33600000001";
const B = "+33600000002";
const C = "+33600000003";
const D = "+33600000004";
const SEED: IndexRow[] = [
  row(A, 1, { id: "a1", channel: "email", contactName: "Ana" }),
  row(A, 2, { id: "a2", direction: "outbound", channel: "sms", agent: "BLAKE" }),
  row(B, 3, { id: "b1", direction: "outbound", deliveryStatus: "NOT_DELIVERED" }, daysAgo(10)),
  row(B, 4, { id: "b2", contactName: "Bea" }),
  row(C, 5, { id: "c1", contactName: "Chloé", agent: "alex agent" }),
  row(C, 6, { id: "c2" }),
  row(C, 7, { id: "c3", text: "third", sentAt: "2026-11-19T08:30:00.000Z" }),
  row(D, 8, { id: "d1", channel: "whatsapp", contactName: "Dan" }),
  row(D, 9, { id: "d2", channel: "whatsapp", direction: "outbound", deliveryStatus: "NOT_DELIVERED" }, daysAgo(2)),
];

describe.each(targets)("the inbox list from the index in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    await db.delete(indexedMessages);
    await db.delete(indexedConversations);
    await db.delete(readMarks);
    await db.delete(agents);
  });
  beforeEach(async () => {
    await upsertIndexedMessages(store.db, SEED);
    await refreshConversations(store.db, null);
  });

  const list = (
    agent: InboxAgent,
    filter: Parameters<typeof listIndexedConversations>[2]["filter"],
    channel: string | null = null,
  ) =>
    listIndexedConversations(store.db, agent, { filter, channel }, { cursor: null, limit: 50, now: NOW }).then((p) =>
      p.conversations.map((c) => c.key),
    );

  it("orders conversations by their last message and pages by cursor without gaps or repeats", async () => {
    const first = await listIndexedConversations(
      store.db,
      ALEX,
      { filter: null, channel: null },
      { cursor: null, limit: 3, now: NOW },
    );
    expect(first.conversations.map((c) => c.key)).toEqual([D, C, B]);
    expect(first.conversations[1]).toMatchObject({
      name: "Chloé",
      lastBody: "third",
      lastSentAt: "2026-11-19T08:30:00.000Z",
      unread: 3,
      channels: ["sms"],
    });
    const second = await listIndexedConversations(
      store.db,
      ALEX,
      { filter: null, channel: null },
      { cursor: first.nextCursor, limit: 3, now: NOW },
    );
    expect(second.conversations.map((c) => c.key)).toEqual([A]);
    expect(second.nextCursor).toBeNull();
  });

  it("applies each filter and the channel filter, and counts them", async () => {
    expect(await list(ALEX, null)).toEqual([D, C, B, A]);
    expect(await list(ALEX, "unread")).toEqual([D, C, B, A]);
    expect(await list(ALEX, "awaiting")).toEqual([C, B]);
    // B's failure is 10 days old: outside the 7 days.
    expect(await list(ALEX, "failed")).toEqual([D]);
    // Case-insensitive: "alex agent" is Alex's; "BLAKE" is Blake's.
    expect(await list(ALEX, "mine")).toEqual([C]);
    expect(await list(BLAKE, "mine")).toEqual([A]);
    expect(await list(ALEX, null, "whatsapp")).toEqual([D]);
    expect(await list(ALEX, "awaiting", "sms")).toEqual([C, B]);
    expect(await list(ALEX, null, "email")).toEqual([A]);

    const counts = await countIndexedConversations(store.db, ALEX, null, NOW);
    expect(counts.filters).toEqual({ all: 4, unread: 4, awaiting: 2, failed: 1, mine: 1 });
    expect(counts.channels).toEqual([
      { channel: "sms", count: 3 },
      { channel: "email", count: 1 },
      { channel: "whatsapp", count: 1 },
    ]);
    const sms = await countIndexedConversations(store.db, ALEX, "sms", NOW);
    expect(sms.filters).toEqual({ all: 3, unread: 3, awaiting: 2, failed: 0, mine: 1 });
    expect(sms.unreadConversations).toBe(4);
  });

  it("keeps unread per agent: reading clears one agent's count only, and mark as unread restores it", async () => {
    expect(await markRead(store.db, ALEX.email, C, "c2")).toEqual({ key: C, readSeq: 6 });
    const unreadOf = async (agent: InboxAgent) =>
      (
        await listIndexedConversations(
          store.db,
          agent,
          { filter: null, channel: null },
          { cursor: null, limit: 50, now: NOW },
        )
      ).conversations.find((c) => c.key === C)?.unread;
    expect(await unreadOf(ALEX)).toBe(1);
    expect(await unreadOf(BLAKE)).toBe(3);

    await markRead(store.db, ALEX.email, C, "c3");
    expect(await unreadOf(ALEX)).toBe(0);
    expect(await list(ALEX, "unread")).toEqual([D, B, A]);
    expect((await countIndexedConversations(store.db, ALEX, null, NOW)).unreadConversations).toBe(3);
    expect((await countIndexedConversations(store.db, BLAKE, null, NOW)).unreadConversations).toBe(4);

    // Never backwards: an older message on screen later does not lower the mark.
    expect(await markRead(store.db, ALEX.email, C, "c1")).toEqual({ key: C, readSeq: 7 });

    // Mark as unread puts back the mark before the last move (c2), then none.
    expect(await markUnread(store.db, ALEX.email, C, null)).toEqual({ key: C, readSeq: 6 });
    expect(await unreadOf(ALEX)).toBe(1);
    expect(await markUnread(store.db, ALEX.email, C, null)).toEqual({ key: C, readSeq: null });
    expect(await unreadOf(ALEX)).toBe(3);
  });

  it("uses the conversation's last message for an id not indexed yet, and the message's own conversation otherwise", async () => {
    expect(await markRead(store.db, ALEX.email, D, "not-yet-indexed")).toEqual({ key: D, readSeq: 9 });
    // Opened by another key (say the e-mail), the message still names its conversation.
    expect(await markRead(store.db, ALEX.email, "someone@else.example", "c3")).toEqual({ key: C, readSeq: 7 });
    expect(await markRead(store.db, ALEX.email, "+33699999999", null)).toEqual({ key: null, readSeq: null });
    expect((await countIndexedConversations(store.db, ALEX, null, NOW)).newestUnread).toMatchObject({
      key: B,
      name: "Bea",
    });
  });

  it("caps the unread count it counts", async () => {
    const many = Array.from({ length: 150 }, (_, i) => row("+33600000099", 100 + i, { id: `z${i}` }));
    await upsertIndexedMessages(store.db, many);
    await refreshConversations(store.db, ["+33600000099"]);
    const page = await listIndexedConversations(
      store.db,
      ALEX,
      { filter: null, channel: null },
      { cursor: null, limit: 1, now: NOW },
    );
    expect(page.conversations[0]).toMatchObject({ key: "+33600000099", unread: 100 });
  });

  it("reads an agent's Octopush names, else the account's name, and knows an empty index", async () => {
    expect(await agentOctopushNames(store.db, "nobody@acme.example", "Nobody")).toEqual(["Nobody"]);
    await store.db
      .insert(agents)
      .values({ email: "sam@acme.example", name: "Sam", octopushNames: ["sam.w", "Samuel"] });
    expect(await agentOctopushNames(store.db, "sam@acme.example", "Sam")).toEqual(["sam.w", "Samuel"]);
    expect(await indexIsEmpty(store.db)).toBe(false);
    await store.db.delete(indexedConversations);
    expect(await indexIsEmpty(store.db)).toBe(true);
  });
});
