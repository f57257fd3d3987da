import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@/lib/db/open";
import { inboxMessage } from "@/lib/testing/inbox-message";
import { storeTargets } from "@/lib/testing/store-targets";
import type { InboxMessage } from "@/lib/inbox/types";
import { toIndexRow, type IndexRow } from "./rows";
import { findHits, GIN_CAP, searchIndex } from "./search";
import { parseSearchQuery } from "./search-query";
import { refreshConversations, upsertIndexedMessages } from "./write";

const targets = await storeTargets("index_search");
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));

function row(seq: number, phone: string, extra: Partial<InboxMessage>): IndexRow {
  const contactIds = { phone: { kind: "phone" as const, value: phone, display: phone } };
  const indexed = toIndexRow(inboxMessage({ contactIds, ...extra }), seq, at(seq));
  if (!indexed) throw new Error("no key");
  return indexed;
}

const ROWS: IndexRow[] = [
  row(1, "+33600000001", { id: "zoe-1", contactName: "Zoë Ørsted", text: "Bonjour, une question" }),
  row(2, "+33600000001", {
    id: "zoe-2",
    contactName: "Zoë Ørsted",
    text: "Merci beaucoup",
    sentAt: at(2).toISOString(),
  }),
  row(3, "+33600000002", { id: "jeanne", contactName: "Jeanne Dupont", text: "Où est ma commande ?" }),
  row(4, "+33600000003", { id: "order", contactName: "Paul Martin", text: "Where is my order #A-48213 please?" }),
  row(5, "+33600000004", { id: "rtl", contactName: "مريم العلوي", text: "السلام عليكم" }),
  row(6, "+33600000005", { id: "he", contactName: "דוד כהן", text: "היי, ההזמנה עדיין לא הגיעה" }),
  row(7, "+33600000006", { id: "cjk", contactName: "王小明", text: "你好" }),
  row(8, "+33600000007", { id: "xss", contactName: "<img src=x onerror=alert(1)>", text: "<script>merci</script>" }),
  row(9, "+33600000008", {
    id: "outbound",
    direction: "outbound",
    contactName: null,
    text: "Votre colis DUPONTEL arrive",
  }),
];

describe.each(targets)("searchIndex in $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    if (target.skip) return;
    store = await openStore(await target.setUp());
    await store.migrate();
    await upsertIndexedMessages(store.db, ROWS);
    await refreshConversations(store.db, null);
  }, 60_000);
  afterAll(async () => {
    if (target.skip) return;
    await store.close();
    await target.tearDown();
  });

  /** The message ids found, one per conversation, newest first; a problem code when refused. */
  async function find(raw: string): Promise<string[] | string> {
    if (target.skip) return [];
    const parsed = parseSearchQuery(raw);
    if (!parsed.ok) return parsed.problem.code;
    return (await searchIndex(store.db, parsed.query)).map((hit) => hit.messageId);
  }

  it.skipIf(target.skip)("ignores case and accents, both ways", async () => {
    expect(await find("zoe")).toEqual(["zoe-2"]);
    expect(await find("ZOË ørsted")).toEqual(["zoe-2"]);
    expect(await find("ou est ma commande")).toEqual(["jeanne"]);
  });

  it.skipIf(target.skip)("finds a contact by last name, and matches the last word as a prefix", async () => {
    expect(await find("jeanne dupont")).toEqual(["jeanne"]);
    // While typing, "dupont" may be the start of "DUPONTEL": both are found, newest first.
    expect(await find("dupont")).toEqual(["outbound", "jeanne"]);
    expect(await find("dup")).toEqual(["outbound", "jeanne"]);
    expect(await find("jeanne dup")).toEqual(["jeanne"]);
    // Only the last word is a prefix: "dup" alone, before another word, is a whole word.
    expect(await find("dup jeanne")).toEqual([]);
  });

  it.skipIf(target.skip)("finds an order number inside a text, whole or by its digits", async () => {
    expect(await find("A-48213")).toEqual(["order"]);
    expect(await find("#A-48213")).toEqual(["order"]);
    expect(await find("48213")).toEqual(["order"]);
    expect(await find("4821")).toEqual(["order"]);
  });

  it.skipIf(target.skip)("finds right-to-left and CJK names", async () => {
    expect(await find("مريم")).toEqual(["rtl"]);
    expect(await find("כהן")).toEqual(["he"]);
    expect(await find("王小明")).toEqual(["cjk"]);
  });

  it.skipIf(target.skip)("answers one row per conversation with its newest match, the hit marked", async () => {
    const parsed = parseSearchQuery("zoe");
    if (!parsed.ok || target.skip) throw new Error("unreachable");
    const [hit, ...rest] = await searchIndex(store.db, parsed.query);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      conversationKey: "+33600000001",
      messageId: "zoe-2",
      contactName: "Zoë Ørsted",
      channel: "sms",
      sentAt: at(2).toISOString(),
      name: [
        { text: "Zoë", hit: true },
        { text: " Ørsted", hit: false },
      ],
      snippet: [{ text: "Merci beaucoup", hit: false }],
    });
  });

  it.skipIf(target.skip)("treats injection strings as words, never as SQL or tsquery syntax", async () => {
    expect(await find("'; drop table indexed_messages; --")).toEqual([]);
    expect(await find("a:* | !b")).toEqual([]);
    // "!" is not a negation and "|" not an "or": both words must be there.
    expect(await find("merci:* | !zoe")).toEqual(["zoe-2"]);
    expect(await find("merci | !xyz")).toEqual([]);
    expect(await find("<script>")).toEqual(["xss"]);
    expect(await find("\\")).toBe("noWords");
    expect(await find("&&")).toBe("noWords");
    expect(await find("🌸")).toBe("noWords");
    // The table is still there and still answers.
    expect(await find("merci")).toEqual(["xss", "zoe-2"]);
  });

  it.skipIf(target.skip)("refuses empty, one-character and overlong queries before the store", async () => {
    expect(await find("")).toBe("empty");
    expect(await find("z")).toBe("tooShort");
    expect(await find("z".repeat(300))).toBe("tooLong");
  });

  it.skipIf(target.skip)("keeps the number of conversations to the limit", async () => {
    const parsed = parseSearchQuery("merci");
    if (!parsed.ok || target.skip) throw new Error("unreachable");
    expect(await searchIndex(store.db, parsed.query, { limit: 1 })).toHaveLength(1);
  });

  it.skipIf(target.skip)(
    "takes the cheap plan for a common word and still finds the newest match of a dense one",
    async () => {
      if (target.skip) return;
      // One conversation with more matches than the GIN step reads: found by walking the seq index.
      const dense = Array.from({ length: GIN_CAP + 100 }, (_, i) =>
        row(100 + i, "+33600000099", { id: `dense-${i}`, text: `colisdense numéro ${i}` }),
      );
      // Twenty conversations with a word in their newest messages: the first step is enough.
      const common = Array.from({ length: 20 }, (_, i) =>
        row(10_000 + i, `+3360000${String(1000 + i)}`, { id: `common-${i}`, text: "motcourant ici" }),
      );
      await upsertIndexedMessages(store.db, [...dense, ...common]);
      const plan = async (raw: string) => {
        const parsed = parseSearchQuery(raw);
        if (!parsed.ok) throw new Error(raw);
        return findHits(store.db, parsed.query, 20);
      };
      const denseHits = await plan("colisdense");
      expect(denseHits.plans).toEqual(["recent", "gin", "walk"]);
      expect(denseHits.hits.map((h) => h.message_id)).toEqual([`dense-${GIN_CAP + 99}`]);
      const commonHits = await plan("motcourant");
      expect(commonHits.plans).toEqual(["recent"]);
      expect(commonHits.hits).toHaveLength(20);
      expect(commonHits.hits[0]?.message_id).toBe("common-19");
      expect((await plan("zoe")).plans).toEqual(["recent", "gin"]);
    },
    60_000,
  );
});
