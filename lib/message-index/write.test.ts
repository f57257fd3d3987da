import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/lib/db/rows";
import { indexedConversations, indexedMessages } from "@/lib/db/schema";
import { inboxMessage } from "@/lib/testing/inbox-message";
import { storeTargets, useStore } from "@/lib/testing/store-targets";
import { normalizeForSearch } from "./normalize";
import { toIndexRow, type IndexRow } from "./rows";
import { refreshConversations, upsertIndexedMessages } from "./write";

const targets = await storeTargets("index_write");
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
const phone = (value: string) => ({ phone: { kind: "phone" as const, value, display: value } });

function row(seq: number, extra: Parameters<typeof inboxMessage>[0]): IndexRow {
  const indexed = toIndexRow(inboxMessage({ contactIds: phone("+33612340001"), ...extra }), seq, at(seq));
  if (!indexed) throw new Error("no key");
  return indexed;
}

describe("normalizeForSearch", () => {
  it("drops case and accents, keeps other scripts", () => {
    expect(normalizeForSearch("  Zoë  DUPONT-Lefèvre ")).toBe("zoe dupont lefevre");
    expect(normalizeForSearch("Ｏｒｄｅｒ ４８２１３")).toBe("order 48213");
    expect(normalizeForSearch("مريم حداد")).toBe("مريم حداد");
  });
});

describe("toIndexRow", () => {
  it("keys a message by phone, else e-mail, else Facebook id, and skips one with none", () => {
    const email = { email: { kind: "email" as const, value: "a@b.example", display: "a@b.example" } };
    expect(toIndexRow(inboxMessage({ contactIds: email }), 1, at(1))?.conversationKey).toBe("a@b.example");
    expect(toIndexRow(inboxMessage({ contactIds: {} }), 1, at(1))).toBeNull();
  });
  it("marks only outbound failures as failed", () => {
    expect(row(1, { direction: "outbound", deliveryStatus: "NOT_DELIVERED" }).failed).toBe(true);
    expect(row(2, { direction: "outbound", deliveryStatus: "DELIVERED" }).failed).toBe(false);
    expect(row(3, { direction: "inbound", deliveryStatus: "failed" }).failed).toBe(false);
  });
});

describe.each(targets)("the index's write path in $name", (target) => {
  const store = useStore(target, async ({ db }) => {
    await db.delete(indexedMessages);
    await db.delete(indexedConversations);
  });

  it("updates a changed status in place, keeps the first seq, and summarises the conversation", async () => {
    await upsertIndexedMessages(store.db, [
      row(1, { id: "a", text: "Hello", direction: "inbound", agent: "Nina", contactName: "Zoë Martin" }),
      row(2, { id: "b", text: "Sent", direction: "outbound", deliveryStatus: "sending", channel: "whatsapp" }),
    ]);
    await upsertIndexedMessages(store.db, [
      row(99, { id: "b", text: "Sent", direction: "outbound", deliveryStatus: "NOT_DELIVERED", channel: "whatsapp" }),
    ]);
    await refreshConversations(store.db, ["+33612340001"]);
    const [b] = await store.db
      .select()
      .from(indexedMessages)
      .where(sql`message_id = 'b'`);
    expect(b).toMatchObject({ seq: 2, deliveryStatus: "NOT_DELIVERED", failed: true });
    const [conversation] = await store.db.select().from(indexedConversations);
    expect(conversation).toMatchObject({
      conversationKey: "+33612340001",
      contactName: "Zoë Martin",
      lastMessageId: "b",
      lastDirection: "outbound",
      lastInboundSeq: 1,
      assignedAgent: "Nina",
      messageCount: 2,
      lastFailedAt: at(2),
    });
    expect([...conversation!.channels].sort()).toEqual(["sms", "whatsapp"]);
  });

  it("finds words of any script, and an order number inside a text, with full-text search", async () => {
    await upsertIndexedMessages(store.db, [
      row(1, { id: "ar", contactName: "مريم حداد", text: "مرحبا" }),
      row(2, { id: "order", text: "Where is my order #A-48213 please?" }),
      row(3, { id: "name", contactName: "Jeanne Dupont", text: "Merci" }),
    ]);
    const find = async (query: string) => {
      const rows = await queryRows<{ message_id: string }>(
        store.db,
        sql`select message_id from indexed_messages where search @@ to_tsquery('simple', ${query}) order by seq`,
      );
      return rows.map((r) => r.message_id);
    };
    expect(await find("'حداد'")).toEqual(["ar"]);
    expect(await find("'48213'")).toEqual(["order"]);
    expect(await find("'a' & '48213'")).toEqual(["order"]);
    expect(await find("'dup':*")).toEqual(["name"]);
  });

  it("drops a conversation whose messages are all gone", async () => {
    await upsertIndexedMessages(store.db, [row(1, { id: "x" })]);
    await refreshConversations(store.db, null);
    await store.db.delete(indexedMessages);
    await refreshConversations(store.db, ["+33612340001"]);
    expect(await store.db.select().from(indexedConversations)).toEqual([]);
  });
});
