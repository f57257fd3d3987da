import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { SEED_FACTS, buildSeed, createSeed } from "./seed";
import type { SeedData } from "./seed";
import { seedFor } from "./seed-bulk";

const base = buildSeed();
// Big enough for a realistic spread, small enough to build twice in a unit test.
const TOTAL = 30_000;
const large = seedFor({ totalMessages: TOTAL });

const HOUR = 3_600_000;

function fingerprint(seed: SeedData): string {
  return JSON.stringify([seed.referenceTime, seed.messages, seed.contacts]);
}

describe("SIM_REFERENCE_TIME: the reference time", { timeout: 60_000 }, () => {
  it("shifts every seeded time by the same amount and changes nothing else", () => {
    const shift = 400 * 24 * HOUR + 37 * 60_000;
    const shifted = createSeed({ referenceTime: Date.parse(SEED_FACTS.referenceTime) + shift });
    expect(shifted.referenceTime).toBe(new Date(Date.parse(SEED_FACTS.referenceTime) + shift).toISOString());
    expect(shifted.messages).toHaveLength(base.messages.length);
    let differences = 0;
    shifted.messages.forEach((m, i) => {
      const original = base.messages[i]!;
      const sameApartFromTime =
        m.wire.message_id === original.wire.message_id &&
        m.wire.text === original.wire.text &&
        m.timestamp - original.timestamp === shift &&
        (m.wire.created_at === undefined
          ? original.wire.created_at === undefined
          : Date.parse(m.wire.created_at) - Date.parse(original.wire.created_at!) === shift);
      if (!sameApartFromTime) differences += 1;
    });
    expect(differences).toBe(0);
  });

  it("defaults to the fixed date the unit tests rely on", () => {
    expect(base.referenceTime).toBe(SEED_FACTS.referenceTime);
    expect(base.messages[0]!.timestamp).toBeLessThan(Date.parse(SEED_FACTS.referenceTime));
  });

  it("shifts the generated customers too", () => {
    const shift = -3 * HOUR;
    const shifted = seedFor({ totalMessages: 12_000, referenceTime: Date.parse(SEED_FACTS.referenceTime) + shift });
    const plain = seedFor({ totalMessages: 12_000 });
    expect(shifted.messages.map((m) => m.timestamp - shift)).toEqual(plain.messages.map((m) => m.timestamp));
    expect(shifted.messages.map((m) => m.wire.message_id)).toEqual(plain.messages.map((m) => m.wire.message_id));
  });
});

// Each build takes a second or more on a busy machine; the default 5 s is too tight for two.
describe("SIM_MESSAGES: a chosen number of messages", { timeout: 60_000 }, () => {
  it("gives exactly that many, the same twice", () => {
    expect(large.messages).toHaveLength(TOTAL);
    expect(fingerprint(seedFor({ totalMessages: TOTAL }))).toBe(fingerprint(large));
    expect(seedFor({ totalMessages: base.messages.length })).toBe(base);
    expect(seedFor({ totalMessages: base.messages.length + 1 }).messages).toHaveLength(base.messages.length + 1);
  });

  it("keeps every base contact and message unchanged, in the same order", () => {
    expect(large.contacts.slice(0, base.contacts.length)).toEqual(base.contacts);
    const baseOnly = large.messages.filter((m) => m.contactIndex < base.contacts.length);
    expect(baseOnly).toEqual(base.messages);
    expect(large.indexes.byContact.get(0)).toEqual(base.indexes.byContact.get(0));
    expect(large.indexes.byContact.get(0)).toHaveLength(SEED_FACTS.bigContactMessageCount);
  });

  it("stays strictly newest first with unique ids, and created_at on even contacts only", () => {
    let problems = 0;
    const ids = new Set<string>();
    large.messages.forEach((m, i) => {
      const previous = large.messages[i - 1];
      if (previous && m.timestamp >= previous.timestamp) problems += 1;
      if (!/^[0-9a-f]{24}$/.test(m.wire.message_id) || ids.has(m.wire.message_id)) problems += 1;
      ids.add(m.wire.message_id);
      const expected = large.contacts[m.contactIndex]!.hasCreatedAt ? new Date(m.timestamp).toISOString() : undefined;
      if (m.wire.created_at !== expected) problems += 1;
      if ((m.wire.direction === "inbound") !== (m.wire.delivery_status === null)) problems += 1;
    });
    expect(problems).toBe(0);
  });

  it("looks like a customer base: many contacts, accents, right-to-left names, order numbers in texts", () => {
    const generated = large.contacts.slice(base.contacts.length);
    expect(generated.length).toBeGreaterThan(1000);
    const names = generated.map((c) => c.name);
    expect(names.some((n) => n !== null && /^(Zoë|Jeanne) /.test(n))).toBe(true);
    expect(names.some((n) => n?.endsWith(" Dupont"))).toBe(true);
    expect(names.some((n) => n !== null && /[\u0590-\u05ff]/.test(n))).toBe(true);
    expect(names.some((n) => n !== null && /[\u0600-\u06ff]/.test(n))).toBe(true);
    expect(names).toContain(null);
    const texts = large.messages.slice(0, 5000).map((m) => m.wire.text);
    expect(texts.some((t) => /order #[A-Z]-\d{5}\b/.test(t))).toBe(true);
    expect(texts.some((t) => /commande #[A-Z]-\d{5}\b/.test(t))).toBe(true);
    // Some write once, a few a lot: a long tail, not one size for all.
    const counts = generated.map((c) => c.messageCount).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThan(20);
    expect(counts.at(-1)).toBeGreaterThan(200);
    expect(new Set(large.messages.map((m) => m.wire.channel)).size).toBeGreaterThanOrEqual(9);
  });

  it("gives every generated contact its own valid phone number, e-mail and Facebook id", () => {
    const generated = large.contacts.slice(base.contacts.length);
    const phones = large.contacts.flatMap((c) => (c.phoneNumber ? [c.phoneNumber] : []));
    expect(new Set(phones).size).toBe(phones.length);
    const emails = large.contacts.flatMap((c) => (c.email ? [c.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    const invalid = generated
      .filter((c) => c.phoneNumber !== null)
      .filter((c) => !parsePhoneNumberFromString(c.phoneNumber!)?.isValid());
    expect(invalid.map((c) => c.phoneNumber)).toEqual([]);
    for (const c of generated) if (c.facebookId) expect(c.facebookId).toMatch(/^fid_\d{15}$/);
    expect(generated.every((c) => c.messageCount === c.conversations.reduce((n, v) => n + v.messageCount, 0))).toBe(
      true,
    );
  });

  it("refuses fewer messages than the base seed, naming the setting", () => {
    expect(() => seedFor({ totalMessages: 100 })).toThrow(
      new RegExp(`SIM_MESSAGES must be a whole number of at least ${base.messages.length}`),
    );
    expect(() => seedFor({ totalMessages: base.messages.length + 0.5 })).toThrow(/SIM_MESSAGES/);
  });
});
