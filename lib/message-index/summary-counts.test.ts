import { beforeEach, describe, expect, it } from "vitest";
import { indexedConversations, indexedMessages, readMarks } from "@/lib/db/schema";
import { inboxMessage } from "@/lib/testing/inbox-message";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import { countIndexedConversations, type InboxAgent } from "./inbox-list";
import { markRead, markUnread } from "./read-marks";
import { toIndexRow, type IndexRow } from "./rows";
import { createSummaryCounts, SUMMARY_TTL_MS } from "./summary-counts";
import { refreshConversations, upsertIndexedMessages } from "./write";

const targets = await storeTargets("summary_counts");
const ALEX: InboxAgent = { email: "alex@acme.example", names: ["Alex Agent"] };
const SAM: InboxAgent = { email: "sam@acme.example", names: ["Sam"] };
const A = "+33600000011";
const B = "+33600000012";

function row(key: string, seq: number, extra: Parameters<typeof inboxMessage>[0] = {}): IndexRow {
  const at = new Date(Date.now() - 3_600_000);
  const indexed = toIndexRow(
    inboxMessage({ contactIds: { phone: { kind: "phone", value: key, display: key } }, ...extra }),
    seq,
    at,
  );
  if (!indexed) throw new Error("no key");
  return indexed;
}

describe.each(targets)("the summary's counts, kept, in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    await db.delete(indexedMessages);
    await db.delete(indexedConversations);
    await db.delete(readMarks);
  });
  let now = 1_000_000;
  let computed = 0;
  const counting: typeof countIndexedConversations = (...args) => (computed++, countIndexedConversations(...args));
  let counts = createSummaryCounts({ count: counting, now: () => now });
  beforeEach(async () => {
    computed = 0;
    counts = createSummaryCounts({ count: counting, now: () => now });
    await upsertIndexedMessages(store.db, [row(A, 1, { id: "a1" }), row(B, 2, { id: "b1", channel: "whatsapp" })]);
    await refreshConversations(store.db, null);
  });

  it("counts once while nothing has changed, and agrees with counting afresh", async () => {
    const first = await counts.read(store.db, ALEX, null, 1);
    expect(await counts.read(store.db, ALEX, null, 1)).toEqual(first);
    expect(computed).toBe(1);
    expect(first).toEqual(await countIndexedConversations(store.db, ALEX, null));
    expect(first.filters.unread).toBe(2);
  });

  it("counts again after a read or a 'Mark as unread', so the unread numbers follow at once", async () => {
    expect((await counts.read(store.db, ALEX, null, 1)).filters.unread).toBe(2);
    await markRead(store.db, ALEX.email, A, "a1");
    expect((await counts.read(store.db, ALEX, null, 1)).filters.unread).toBe(1);
    await markUnread(store.db, ALEX.email, A, "a1");
    expect((await counts.read(store.db, ALEX, null, 1)).filters.unread).toBe(2);
    // Back to no mark at all: the very state of the first count, which is still right.
    expect(computed).toBe(2);
    await markRead(store.db, ALEX.email, B, "b1");
    expect((await counts.read(store.db, ALEX, null, 1)).filters.unread).toBe(1);
    expect(computed).toBe(3);
    // Another agent's read changes nothing for this one.
    await markRead(store.db, SAM.email, A, "a1");
    await counts.read(store.db, ALEX, null, 1);
    expect(computed).toBe(3);
  });

  it("counts again for a new index version, another channel, other names or another agent", async () => {
    await counts.read(store.db, ALEX, null, 1);
    await upsertIndexedMessages(store.db, [row(A, 3, { id: "a2" })]);
    await refreshConversations(store.db, [A]);
    expect((await counts.read(store.db, ALEX, null, 1)).filters.all).toBe(2);
    expect(computed).toBe(1);
    await counts.read(store.db, ALEX, null, 2);
    expect((await counts.read(store.db, ALEX, "whatsapp", 2)).filters.all).toBe(1);
    await counts.read(store.db, { ...ALEX, names: ["Alex A."] }, null, 2);
    await counts.read(store.db, SAM, null, 2);
    expect(computed).toBe(5);
  });

  it("keeps nothing longer than SUMMARY_TTL_MS", async () => {
    await counts.read(store.db, ALEX, null, 1);
    now += SUMMARY_TTL_MS - 1;
    await counts.read(store.db, ALEX, null, 1);
    expect(computed).toBe(1);
    now += 2;
    await counts.read(store.db, ALEX, null, 1);
    expect(computed).toBe(2);
  });

  it("shares one count among polls that arrive together", async () => {
    await Promise.all(Array.from({ length: 5 }, () => counts.read(store.db, ALEX, null, 1)));
    expect(computed).toBe(1);
  });
});
