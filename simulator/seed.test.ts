import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { DELIVERY_STATUSES, SEED_FACTS, buildSeed, createSeed, findContactByName, listContacts } from "./seed";

const seed = buildSeed();

describe("seed data", () => {
  it("is deterministic: two independent builds are equal", () => {
    const a = createSeed();
    const b = createSeed();
    expect(JSON.stringify(a.messages)).toBe(JSON.stringify(b.messages));
    expect(JSON.stringify(a.contacts)).toBe(JSON.stringify(b.contacts));
    // Two full builds of 10,000+ messages: the timeout only guards against a hang.
  }, 60_000);

  it("has many contacts over every documented channel plus an unknown one", () => {
    expect(seed.contacts.length).toBeGreaterThanOrEqual(60);
    const channels = new Set(seed.messages.map((m) => m.wire.channel));
    for (const c of [
      "sms",
      "rcs",
      "multi_channel",
      "facebook",
      "whatsapp",
      "instagram",
      "email",
      "voice_sms",
      "live_chat",
    ]) {
      expect(channels).toContain(c);
    }
    expect(channels).toContain(SEED_FACTS.unknownChannel);
  });

  it("covers every delivery status on outbound messages and none on inbound", () => {
    const outbound = new Set(
      seed.messages.filter((m) => m.wire.direction === "outbound").map((m) => m.wire.delivery_status),
    );
    for (const status of DELIVERY_STATUSES) expect(outbound).toContain(status);
    expect(
      seed.messages.filter((m) => m.wire.direction === "inbound").every((m) => m.wire.delivery_status === null),
    ).toBe(true);
  });

  it("keeps messages strictly newest first, with created_at on even contacts only", () => {
    // Plain loops with one assertion each: 10k expect() calls would dominate the suite's time.
    let outOfOrder = 0;
    let wrongDate = 0;
    for (let i = 0; i < seed.messages.length; i += 1) {
      const m = seed.messages[i]!;
      const previous = seed.messages[i - 1];
      if (previous && m.timestamp >= previous.timestamp) outOfOrder += 1;
      const expected = seed.contacts[m.contactIndex]!.hasCreatedAt ? new Date(m.timestamp).toISOString() : undefined;
      if (m.wire.created_at !== expected || ("created_at" in m.wire && expected === undefined)) wrongDate += 1;
    }
    expect(outOfOrder).toBe(0);
    expect(wrongDate).toBe(0);
    expect(seed.contacts.some((c) => c.hasCreatedAt)).toBe(true);
    expect(seed.contacts.some((c) => !c.hasCreatedAt)).toBe(true);
  });

  it("has the big contact with 10,000 numbered messages, its newest among the 20 newest", () => {
    const big = findContactByName(SEED_FACTS.bigContactName)!;
    expect(big.phoneNumber).toBe(SEED_FACTS.bigContactPhone);
    const list = seed.indexes.byContact.get(big.index)!;
    expect(list).toHaveLength(SEED_FACTS.bigContactMessageCount);
    expect(list[0]!.wire.text.startsWith("#10000 ")).toBe(true);
    expect(list.at(-1)!.wire.text.startsWith("#1 ")).toBe(true);
    const firstBig = seed.messages.findIndex((m) => m.contactIndex === big.index);
    expect(firstBig).toBeGreaterThanOrEqual(0);
    expect(firstBig).toBeLessThan(20);
    expect(new Set(list.map((m) => m.wire.direction)).size).toBe(2);
  });

  it("has a medium contact with a few hundred numbered messages, older than every other contact's last one", () => {
    const medium = findContactByName(SEED_FACTS.mediumContactName)!;
    expect(medium.phoneNumber).toBe(SEED_FACTS.mediumContactPhone);
    expect(seed.indexes.contactsByPhone.get(SEED_FACTS.mediumContactPhone)).toEqual([medium.index]);
    const list = seed.indexes.byContact.get(medium.index)!;
    expect(list).toHaveLength(400);
    expect(list.map((m) => Number(/^#(\d+) /.exec(m.wire.text)?.[1]))).toEqual(
      Array.from({ length: 400 }, (_, i) => 400 - i),
    );
    expect(new Set(list.map((m) => m.wire.direction))).toEqual(new Set(["inbound", "outbound"]));
    // Appended last, so it never changes another contact nor pushes one off the inbox's first page.
    expect(medium.index).toBe(seed.contacts.length - 1);
    const newestOfOthers = seed.contacts
      .filter((c) => c.index !== medium.index)
      .flatMap((c) => seed.indexes.byContact.get(c.index)?.slice(0, 1) ?? [])
      .map((m) => m.timestamp);
    expect(list[0]!.timestamp).toBeLessThan(Math.min(...newestOfOthers));
  });

  it("spreads the newest 200 messages over many contacts", () => {
    const contacts = new Set(seed.messages.slice(0, 200).map((m) => m.contactIndex));
    expect(contacts.size).toBeGreaterThanOrEqual(30);
  });

  it("has varied names and texts: accents, emoji, RTL, CJK, nulls, XSS, long texts, links, line breaks", () => {
    const names = listContacts().map((c) => c.name);
    expect(names).toContain("Éloïse Müller");
    expect(names).toContain(SEED_FACTS.xssContactName);
    expect(names.some((n) => n !== null && /\p{Extended_Pictographic}/u.test(n))).toBe(true);
    expect(names.some((n) => n !== null && /[\u0590-\u05ff]/.test(n))).toBe(true);
    expect(names.some((n) => n !== null && /[\u0600-\u06ff]/.test(n))).toBe(true);
    expect(names.some((n) => n !== null && /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names).toContain(null);
    const texts = seed.messages.map((m) => m.wire.text);
    for (const payload of SEED_FACTS.xssTexts) expect(texts).toContain(payload);
    expect(texts.some((t) => t.length > 2000 && t.length < 3000)).toBe(true);
    expect(texts.some((t) => t.length > 3000)).toBe(true);
    expect(texts.some((t) => /https:\/\//.test(t))).toBe(true);
    expect(texts.some((t) => t.includes("\n"))).toBe(true);
    expect(seed.messages.some((m) => m.wire.agent_assigned_to !== null)).toBe(true);
  });

  it("uses valid E.164 numbers from several countries and well-formed identifiers", () => {
    const phones = listContacts().flatMap((c) => (c.phoneNumber ? [c.phoneNumber] : []));
    const countries = new Set<string>();
    for (const p of phones) {
      const parsed = parsePhoneNumberFromString(p);
      expect(parsed?.isValid(), p).toBe(true);
      expect(parsed?.number).toBe(p);
      countries.add(parsed?.country ?? "?");
    }
    expect(countries.size).toBeGreaterThanOrEqual(6);
    const cids = listContacts().flatMap((c) => c.conversations.map((v) => v.conversationId));
    for (const cid of cids)
      expect(cid).toMatch(/^cid_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(cids).size).toBe(cids.length);
    for (const c of listContacts()) if (c.facebookId) expect(c.facebookId).toMatch(/^fid_\d{10,}$/);
    const ids = seed.messages.map((m) => m.wire.message_id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
