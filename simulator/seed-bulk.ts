import { exchange } from "./bulk-texts";
import { makePerson } from "./people";
import { createPrng } from "./prng";
import type { Prng } from "./prng";
import { AGENTS, DELIVERY_STATUSES, SEED_FACTS, buildSeed, companySide, createSeed, indexSeed } from "./seed";
import type { SeedConversation, SeedData, SeedMessage, SeedOptions, WireMessage } from "./seed";

// SIM_MESSAGES: the base seed (every contact and message the tests know, unchanged)
// followed by as many made-up customers as it takes to reach the total. Built in
// one pass from its own PRNG stream, so the base seed's draws are untouched and the
// same total always gives the same messages.

export interface DatasetOptions extends SeedOptions {
  /** Total messages; at least the base seed's count. Unset: the base seed alone. */
  totalMessages?: number;
}

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

// Some customers write once, a few write every week for years.
const CHANNEL_MIX: readonly string[][] = [
  ["sms"],
  ["sms"],
  ["sms", "whatsapp"],
  ["whatsapp"],
  ["rcs"],
  ["rcs", "sms"],
  ["multi_channel"],
  ["facebook"],
  ["facebook", "whatsapp"],
  ["instagram", "sms"],
  ["email"],
  ["sms", "email"],
  ["live_chat"],
  ["voice_sms", "sms"],
];
const OUTBOUND_STATUSES = ["DELIVERED", "DELIVERED", "DELIVERED", "READ", "READ", "sent", "sending", "NOT_DELIVERED"];

/** Messages of one customer: a Pareto tail (minimum 4, most under 20, a few in the thousands). */
function messageCount(r: Prng): number {
  return Math.min(2500, Math.floor(4 * Math.pow(1 - r.next(), -1 / 1.3)));
}

/** Seconds since this customer last wrote: recent for many, months for some. */
function secondsSinceLastActivity(r: Prng): number {
  return 120 + Math.min(365 * 24 * 3600, Math.round(-Math.log(1 - r.next()) * 10 * 24 * 3600));
}

function status(r: Prng): string {
  // One in fifty is any documented status, so rare ones exist at every size.
  return r.chance(0.02) ? r.pick(DELIVERY_STATUSES) : r.pick(OUTBOUND_STATUSES);
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex8 = (n: number): string =>
  (BYTE_HEX[(n >>> 24) & 255] as string) +
  (BYTE_HEX[(n >>> 16) & 255] as string) +
  (BYTE_HEX[(n >>> 8) & 255] as string) +
  (BYTE_HEX[n & 255] as string);

/**
 * 24 hex digits like the base seed's ids, shaped like a MongoDB ObjectId: random, then a
 * counter that makes each one unique without a 200,000-entry set (Prng.hex, one character
 * per draw, was most of the build time at that size).
 */
function messageId(r: Prng, counter: number): string {
  return hex8(Math.floor(r.next() * 0x1_0000_0000)) + hex8(Math.floor(r.next() * 0x1_0000_0000)) + hex8(counter);
}

/** The seed for these options; the memoised base seed when nothing differs from the default. */
export function seedFor(options: DatasetOptions = {}): SeedData {
  const base = options.referenceTime === undefined ? buildSeed() : createSeed({ referenceTime: options.referenceTime });
  const total = options.totalMessages;
  if (total === undefined || total === base.messages.length) return base;
  if (!Number.isInteger(total) || total < base.messages.length) {
    throw new RangeError(
      `SIM_MESSAGES must be a whole number of at least ${base.messages.length}, the base seed's own messages`,
    );
  }
  return extendSeed(base, total);
}

/** `base` plus made-up customers up to `total` messages; `base` itself is not changed. */
export function extendSeed(base: SeedData, total: number): SeedData {
  const r = createPrng(SEED_FACTS.prngSeed ^ 0x5eedb16);
  const reference = Date.parse(base.referenceTime);
  const taken = new Set<string>();
  for (const c of base.contacts) {
    if (c.phoneNumber) taken.add(c.phoneNumber);
    if (c.email) taken.add(c.email);
    if (c.facebookId) taken.add(c.facebookId);
  }
  const baseIds = new Set(base.messages.map((m) => m.wire.message_id));
  const sides = new Map<string, ReturnType<typeof companySide>>();
  const contacts = [...base.contacts];
  const extra: SeedMessage[] = [];

  for (let remaining = total - base.messages.length; remaining > 0;) {
    const index = contacts.length;
    const channels = r.pick(CHANNEL_MIX);
    const person = makePerson(r, taken, {
      phone: channels.some((c) => c !== "facebook"),
      email: channels.includes("email"),
    });
    let facebookId: string | null = null;
    if (channels.includes("facebook")) {
      do facebookId = `fid_${r.int(1, 9)}${r.digits(14)}`;
      while (taken.has(facebookId));
      taken.add(facebookId);
    }
    const conversations: SeedConversation[] = channels.map((channel) => ({
      conversationId: `cid_${r.uuidV4()}`,
      channel,
      agent: r.chance(0.4) ? r.pick(AGENTS) : null,
      messageCount: 0,
    }));
    const count = Math.min(remaining, messageCount(r));
    remaining -= count;
    // One object per contact, shared by its messages: 200,000 copies would cost memory for nothing.
    const identifiers = { phone_number: person.phone, email: person.email, facebook_id: facebookId };
    // Long histories are denser, so the largest customers span about two years, not decades.
    const maxGap = Math.min(20 * DAY, Math.max(2 * HOUR, (730 * DAY) / (count / 3)));
    let t = reference - secondsSinceLastActivity(r) * SECOND;
    for (let made = 0; made < count;) {
      const conversation = (r.chance(0.75) ? conversations[0] : r.pick(conversations)) as SeedConversation;
      const lines = exchange(r, person.lang, person.firstName);
      // Walking back in time: the exchange's last line comes first.
      for (let k = lines.length - 1; k >= 0 && made < count; k -= 1) {
        const [direction, text] = lines[k] as (typeof lines)[number];
        let id = messageId(r, extra.length);
        while (baseIds.has(id)) id = messageId(r, extra.length);
        let side = sides.get(conversation.channel);
        if (!side) sides.set(conversation.channel, (side = companySide(conversation.channel)));
        const wire: WireMessage = {
          message_id: id,
          text,
          direction,
          delivery_status: direction === "outbound" ? status(r) : null,
          channel: conversation.channel,
          user_identifier: side.id,
          user_identifiers: side.ids,
          agent_assigned_to: conversation.agent,
          contact_name: person.name,
          contact_identifiers: identifiers,
        };
        extra.push({ wire, contactIndex: index, conversationId: conversation.conversationId, timestamp: t });
        conversation.messageCount += 1;
        made += 1;
        t -= r.int(60, 90 * 60) * SECOND;
      }
      t -= r.int(HOUR / SECOND, Math.round(maxGap / SECOND)) * SECOND;
    }
    contacts.push({
      index,
      name: person.name,
      phoneNumber: person.phone,
      email: person.email,
      facebookId,
      hasCreatedAt: index % 2 === 0,
      conversations,
      channels: [...channels],
      messageCount: count,
    });
  }

  // Whole seconds, strictly decreasing, and never the instant of a base message, so
  // "newest first" stays a strict order and the base messages keep their times.
  const baseTimes = new Set(base.messages.map((m) => m.timestamp));
  let previous = Number.POSITIVE_INFINITY;
  const sorted = newestFirst(extra, reference);
  for (const m of sorted) {
    let t = Math.min(m.timestamp, previous - SECOND);
    while (baseTimes.has(t)) t -= SECOND;
    m.timestamp = t;
    previous = t;
    if (contacts[m.contactIndex]?.hasCreatedAt) m.wire.created_at = new Date(t).toISOString();
  }

  const messages = mergeNewestFirst(base.messages, sorted);
  return { referenceTime: base.referenceTime, contacts, messages, indexes: indexSeed(contacts, messages) };
}

/**
 * Sorted by age in whole seconds, ties in generation order. A native sort of packed
 * numbers (age × 2^22 + position) instead of a comparator: several times faster at
 * this size. Ages stay below 2^31 s and positions below 2^22, inside 2^53.
 */
function newestFirst(messages: readonly SeedMessage[], reference: number): SeedMessage[] {
  if (messages.length >= 2 ** 22) throw new RangeError("at most 4,194,303 generated messages");
  const keys = new Float64Array(messages.length);
  messages.forEach((m, i) => {
    keys[i] = Math.round((reference - m.timestamp) / SECOND) * 2 ** 22 + i;
  });
  keys.sort();
  return Array.from(keys, (key) => messages[key % 2 ** 22] as SeedMessage);
}

function mergeNewestFirst(a: readonly SeedMessage[], b: readonly SeedMessage[]): SeedMessage[] {
  const out: SeedMessage[] = new Array<SeedMessage>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k += 1) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.timestamp > y.timestamp)) {
      out[k] = x as SeedMessage;
      i += 1;
    } else {
      out[k] = y;
      j += 1;
    }
  }
  return out;
}
