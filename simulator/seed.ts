import { createPrng } from "./prng";
import type { Prng } from "./prng";
import {
  ARABIC_SCRIPT,
  BIG_CONTACT_LINES,
  CHINESE_SCRIPT,
  ENGLISH_SCRIPTS,
  FRENCH_SCRIPTS,
  HEBREW_SCRIPT,
  JAPANESE_SCRIPT,
  XSS_TEXTS,
  longComplaint,
  longTerms,
} from "./seed-texts";
import type { Direction, Script } from "./seed-texts";

/** A message exactly as the contract serialises it (plus the optional date). */
export interface WireMessage {
  message_id: string;
  text: string;
  direction: Direction;
  delivery_status: string | null;
  channel: string;
  user_identifier: string;
  user_identifiers: {
    phone_number: string | null;
    email: string | null;
    facebook_page_id: string | null;
  };
  agent_assigned_to: string | null;
  contact_name: string | null;
  contact_identifiers: {
    phone_number: string | null;
    email: string | null;
    facebook_id: string | null;
  };
  created_at?: string;
}

export interface SeedMessage {
  wire: WireMessage;
  contactIndex: number;
  conversationId: string;
  /** ms epoch; strictly decreasing along `SeedData.messages`. */
  timestamp: number;
}

export interface SeedConversation {
  conversationId: string;
  channel: string;
  agent: string | null;
  messageCount: number;
}

export interface SeedContact {
  index: number;
  name: string | null;
  phoneNumber: string | null;
  email: string | null;
  facebookId: string | null;
  /** Whether this contact's messages carry `created_at` (even indexes do). */
  hasCreatedAt: boolean;
  conversations: SeedConversation[];
  channels: string[];
  messageCount: number;
}

export interface SeedIndexes {
  byContact: Map<number, SeedMessage[]>;
  /** Only sms, rcs and multi_channel messages, as the `phone_number` filter reads them. */
  phoneConversationsByPhone: Map<string, SeedMessage[]>;
  /** Only facebook messages. */
  facebookByFacebookId: Map<string, SeedMessage[]>;
  byConversation: Map<string, SeedMessage[]>;
  contactsByPhone: Map<string, number[]>;
  contactsByEmail: Map<string, number[]>;
  contactsByFacebookId: Map<string, number[]>;
  contactByConversation: Map<string, number>;
}

export interface SeedData {
  /** ISO; every seeded time is a fixed interval before it (see SeedOptions). */
  referenceTime: string;
  contacts: SeedContact[];
  /** Every message, newest first. */
  messages: SeedMessage[];
  indexes: SeedIndexes;
}

export const PHONE_CHANNELS: readonly string[] = ["sms", "rcs", "multi_channel"];

export const DELIVERY_STATUSES: readonly string[] = [
  "sending",
  "sent",
  "DELIVERED",
  "NOT_DELIVERED",
  "READ",
  "ACK",
  "BAD_DESTINATION",
  "BLACKLISTED_NUMBER",
  "UNKNOWN_DELIVERY",
  "UNDEFINED",
  "QUEUED_EXTERNALLY",
];

export const AGENTS: readonly string[] = [
  "camille@acme.example",
  "Julien Mercier",
  "amine@acme.example",
  "support-bot",
];

// The default, fixed so unit tests can assert dates; the simulator's entry points pass
// SIM_REFERENCE_TIME or the current hour instead (simulator/config.ts).
const DEFAULT_REFERENCE_TIME = Date.UTC(2025, 5, 2, 9, 30, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SEED_FACTS = {
  prngSeed: 0x0c70b05,
  /** The default reference time: the newest message is a few minutes before it. */
  referenceTime: new Date(DEFAULT_REFERENCE_TIME).toISOString(),
  bigContactName: "Grand Compte",
  bigContactPhone: "+33612345678",
  bigContactEmail: "achats@grand-compte.example",
  bigContactMessageCount: 10_000,
  /** A few hundred numbered messages: long enough to need virtualization, short enough to scroll through in seconds. */
  mediumContactName: "Archives Bellamy",
  mediumContactPhone: "+33612340400",
  mediumContactMessageCount: 400,
  xssContactName: "XSS Tester <img src=x onerror=alert(1)>",
  xssTexts: XSS_TEXTS,
  longTextContactName: "Bérénice Long-Texte",
  unknownChannel: "telegram",
  unknownDeliveryStatus: "QUEUED_EXTERNALLY",
  senderNumber: "+33757000001",
  companyEmail: "support@acme.example",
  facebookPageId: "104857600123456",
  phoneChannels: PHONE_CHANNELS,
  deliveryStatuses: DELIVERY_STATUSES,
  agents: AGENTS,
} as const;

type Lang = "fr" | "en" | "ar" | "he" | "zh" | "ja";
type Special = "big" | "medium" | "xss" | "long";

interface ContactSpec {
  name: string | null;
  phone: string | null;
  email: string | null;
  facebook: boolean;
  channels: string[];
  lang: Lang;
  special?: Special;
  // Pins a contact near the top of the inbox so demos and e2e tests find it.
  lastActivityAgoMs?: number;
}

const phoneMakers: Record<string, (r: Prng) => string> = {
  fr6: (r) => `+336${r.pick(["0", "1", "2", "4", "5", "6", "7", "8"])}${r.digits(7)}`,
  fr7: (r) => `+337${r.int(3, 8)}${r.digits(7)}`,
  gb: (r) => `+447${r.pick(["400", "700", "911", "800"])}${r.digits(6)}`,
  us: (r) => `+1${r.pick(["202", "212", "415", "646"])}55501${r.digits(2)}`,
  de: (r) => `+49${r.pick(["151", "160", "170", "176"])}${r.digits(8)}`,
  es: (r) => `+346${r.digits(8)}`,
  ma: (r) => `+2126${r.pick(["1", "6", "7"])}${r.digits(7)}`,
};

function phone(r: Prng, country: keyof typeof phoneMakers): string {
  const make = phoneMakers[country];
  if (!make) throw new Error(`no phone maker for ${country}`);
  return make(r);
}

function asciiSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

function specialContacts(r: Prng): ContactSpec[] {
  return [
    {
      name: SEED_FACTS.bigContactName,
      phone: SEED_FACTS.bigContactPhone,
      email: SEED_FACTS.bigContactEmail,
      facebook: false,
      channels: ["sms"],
      lang: "fr",
      special: "big",
    },
    {
      name: "Éloïse Müller",
      phone: phone(r, "fr6"),
      email: "eloise.muller@example.fr",
      facebook: false,
      channels: ["sms", "whatsapp"],
      lang: "fr",
      lastActivityAgoMs: 25 * MINUTE,
    },
    {
      name: "José Núñez",
      phone: phone(r, "es"),
      email: "jose.nunez@example.es",
      facebook: false,
      channels: ["whatsapp", "sms"],
      lang: "en",
    },
    {
      name: "Zoë Ørsted",
      phone: phone(r, "de"),
      email: null,
      facebook: true,
      channels: ["facebook", "sms"],
      lang: "en",
      lastActivityAgoMs: 50 * MINUTE,
    },
    {
      name: "Mia 🌸 Laurent",
      phone: phone(r, "fr7"),
      email: null,
      facebook: false,
      channels: ["rcs", "instagram"],
      lang: "fr",
    },
    {
      name: "مريم العلوي",
      phone: phone(r, "ma"),
      email: null,
      facebook: false,
      channels: ["whatsapp", "sms"],
      lang: "ar",
      lastActivityAgoMs: 70 * MINUTE,
    },
    {
      name: "דוד כהן",
      phone: phone(r, "gb"),
      email: null,
      facebook: false,
      channels: ["sms"],
      lang: "he",
    },
    {
      name: "王小明",
      phone: phone(r, "us"),
      email: "wang.xiaoming@example.com",
      facebook: false,
      channels: ["sms", "email"],
      lang: "zh",
    },
    {
      name: "山田太郎",
      phone: phone(r, "gb"),
      email: "yamada.taro@example.jp",
      facebook: false,
      channels: ["live_chat"],
      lang: "ja",
    },
    {
      name: SEED_FACTS.xssContactName,
      phone: phone(r, "fr6"),
      email: "xss@example.test",
      facebook: true,
      channels: ["sms", "facebook"],
      lang: "en",
      special: "xss",
      lastActivityAgoMs: 2 * HOUR,
    },
    {
      name: null,
      phone: phone(r, "fr6"),
      email: null,
      facebook: false,
      channels: ["sms"],
      lang: "fr",
    },
    { name: null, phone: null, email: null, facebook: true, channels: ["facebook"], lang: "en" },
    {
      name: SEED_FACTS.longTextContactName,
      phone: phone(r, "fr7"),
      email: "berenice@example.fr",
      facebook: false,
      channels: ["sms", "email"],
      lang: "fr",
      special: "long",
      lastActivityAgoMs: 5 * HOUR,
    },
    {
      name: "Ivan Petrov",
      phone: phone(r, "de"),
      email: null,
      facebook: false,
      channels: [SEED_FACTS.unknownChannel],
      lang: "en",
      lastActivityAgoMs: 3 * HOUR,
    },
    {
      name: "Aïcha Diallo",
      phone: phone(r, "fr6"),
      email: null,
      facebook: false,
      channels: ["voice_sms", "sms"],
      lang: "fr",
    },
    {
      name: "Grace O'Connor",
      phone: phone(r, "gb"),
      email: "grace.oconnor@example.co.uk",
      facebook: false,
      channels: ["email"],
      lang: "en",
    },
    {
      name: "Søren Kierkegaard-Lund",
      phone: phone(r, "de"),
      email: null,
      facebook: false,
      channels: ["multi_channel"],
      lang: "en",
    },
    {
      name: "Renée Lefèvre-Château",
      phone: phone(r, "fr7"),
      email: "renee.lefevre@example.fr",
      facebook: false,
      channels: ["multi_channel", "whatsapp"],
      lang: "fr",
    },
    // A contact known only by e-mail: the `email` filter finds it but it has no phone conversations.
    {
      name: null,
      phone: null,
      email: "anonyme@example.org",
      facebook: false,
      channels: ["email"],
      lang: "en",
    },
    {
      name: "Ana María Pérez",
      phone: phone(r, "es"),
      email: null,
      facebook: false,
      channels: ["instagram", "whatsapp"],
      lang: "en",
    },
  ];
}

function mediumContact(): ContactSpec {
  return {
    name: SEED_FACTS.mediumContactName,
    phone: SEED_FACTS.mediumContactPhone,
    email: null,
    facebook: false,
    channels: ["sms"],
    lang: "fr",
    special: "medium",
    lastActivityAgoMs: 40 * DAY,
  };
}

const FIRST_NAMES: Record<string, readonly string[]> = {
  fr: [
    "Camille",
    "Lucas",
    "Chloé",
    "Hugo",
    "Léa",
    "Théo",
    "Manon",
    "Nathan",
    "Inès",
    "Jules",
    "Sarah",
    "Karim",
    "Élodie",
    "Antoine",
    "Margaux",
    "Noémie",
  ],
  gb: ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy"],
  us: ["Emma", "Liam", "Ava", "Noah", "Sophia"],
  de: ["Lukas", "Anna", "Jürgen", "Greta", "Felix"],
  es: ["María", "Javier", "Lucía", "Álvaro"],
  ma: ["Youssef", "Fatima Zahra", "Mehdi", "Salma"],
};
const LAST_NAMES: Record<string, readonly string[]> = {
  fr: [
    "Dubois",
    "Martin",
    "Bernard",
    "Petit",
    "Moreau",
    "Lefèvre",
    "Girard",
    "Roux",
    "Fontaine",
    "Mercier",
    "Benali",
    "Haddad",
    "Chevalier",
    "Garnier",
    "Faure",
  ],
  gb: ["Smith", "Jones", "Taylor", "Brown", "Davies", "Evans"],
  us: ["Johnson", "Williams", "Davis", "Miller", "Wilson"],
  de: ["Schneider", "Fischer", "Weiß", "Becker", "Hoffmann"],
  es: ["García", "López", "Martínez", "Sánchez"],
  ma: ["El Amrani", "Bennani", "Tazi", "Alaoui"],
};
// Mostly French numbers, as the product's customers mostly are.
const COUNTRY_WHEEL = ["fr6", "fr7", "fr6", "gb", "fr6", "us", "fr7", "de", "fr6", "es", "fr7", "ma"] as const;
const CHANNEL_PROFILES: readonly string[][] = [
  ["sms"],
  ["sms", "whatsapp"],
  ["rcs"],
  ["facebook"],
  ["multi_channel"],
  ["whatsapp"],
  ["sms", "facebook"],
  ["rcs", "sms"],
  ["sms"],
  ["facebook", "whatsapp"],
];

function generatedContacts(r: Prng, count: number): ContactSpec[] {
  const out: ContactSpec[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const country = COUNTRY_WHEEL[i % COUNTRY_WHEEL.length] ?? "fr6";
    const pool = country.startsWith("fr") ? "fr" : country;
    const channels = CHANNEL_PROFILES[i % CHANNEL_PROFILES.length] ?? ["sms"];
    let name = "";
    do {
      name = `${r.pick(FIRST_NAMES[pool] ?? [])} ${r.pick(LAST_NAMES[pool] ?? [])}`;
    } while (used.has(name));
    used.add(name);
    const hasPhone = !(channels.length === 1 && channels[0] === "facebook");
    const nameless = i % 9 === 4;
    out.push({
      name: nameless ? null : name,
      phone: hasPhone ? phone(r, country) : null,
      email: r.chance(0.45) ? `${asciiSlug(name)}${r.int(1, 99)}@example.${pool === "fr" ? "fr" : "com"}` : null,
      facebook: channels.includes("facebook"),
      channels,
      lang: pool === "fr" ? "fr" : "en",
    });
  }
  return out;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

function scriptVars(r: Prng, firstName: string): Record<string, string> {
  const day = r.int(1, 28);
  const month = r.int(1, 12);
  return {
    first: firstName,
    order: `CMD-${r.digits(6)}`,
    code: r.digits(6),
    date: `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}`,
    date2: `${String(((day + 6) % 28) + 1).padStart(2, "0")}/${String(month).padStart(2, "0")}`,
    time: r.pick(["9h00", "10h30", "14h15", "16h45"]),
    amount: `${r.int(9, 249)},${r.pick(["00", "50", "90", "99"])}`,
  };
}

function scriptsFor(lang: Lang): readonly Script[] {
  switch (lang) {
    case "fr":
      return FRENCH_SCRIPTS;
    case "en":
      return ENGLISH_SCRIPTS;
    case "ar":
      return [ARABIC_SCRIPT];
    case "he":
      return [HEBREW_SCRIPT];
    case "zh":
      return [CHINESE_SCRIPT, ENGLISH_SCRIPTS[0] ?? CHINESE_SCRIPT];
    case "ja":
      return [JAPANESE_SCRIPT];
  }
}

type Line = readonly [Direction, string];

function conversationLines(r: Prng, spec: ContactSpec, channel: string, firstName: string): Line[][] {
  if (spec.special === "xss") {
    return [
      XSS_TEXTS.flatMap((text, i): Line[] =>
        i % 2 === 0
          ? [["inbound", text]]
          : [
              ["inbound", text],
              ["outbound", `Reçu : ${text}`],
            ],
      ),
    ];
  }
  if (spec.special === "long") {
    return channel === "email"
      ? [
          [
            ["outbound", longTerms()],
            ["inbound", "Merci pour ces précisions."],
          ],
        ]
      : [
          [
            ["inbound", longComplaint()],
            ["outbound", "Bonjour, toutes nos excuses. Un conseiller vous rappelle aujourd'hui avant 18h."],
          ],
        ];
  }
  const runs = r.int(1, 3);
  const out: Line[][] = [];
  for (let i = 0; i < runs; i += 1) {
    const script = r.pick(scriptsFor(spec.lang));
    const vars = scriptVars(r, firstName);
    out.push(script.lines.map(([dir, text]): Line => [dir, fill(text, vars)]));
  }
  return out;
}

export function companySide(channel: string): { id: string; ids: WireMessage["user_identifiers"] } {
  if (channel === "facebook" || channel === "instagram") {
    return {
      id: SEED_FACTS.facebookPageId,
      ids: {
        phone_number: null,
        email: SEED_FACTS.companyEmail,
        facebook_page_id: SEED_FACTS.facebookPageId,
      },
    };
  }
  if (channel === "email" || channel === "live_chat") {
    return {
      id: SEED_FACTS.companyEmail,
      ids: { phone_number: null, email: SEED_FACTS.companyEmail, facebook_page_id: null },
    };
  }
  return {
    id: SEED_FACTS.senderNumber,
    ids: {
      phone_number: SEED_FACTS.senderNumber,
      email: SEED_FACTS.companyEmail,
      facebook_page_id: null,
    },
  };
}

interface Draft {
  contactIndex: number;
  conversationId: string;
  timestamp: number;
  messageId: string;
  direction: Direction;
  text: string;
  channel: string;
  agent: string | null;
}

function pushIndex<K>(map: Map<K, SeedMessage[]>, key: K, message: SeedMessage): void {
  const list = map.get(key);
  if (list) list.push(message);
  else map.set(key, [message]);
}

function pushContact<K>(map: Map<K, number[]>, key: K, contactIndex: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [contactIndex]);
  else if (!list.includes(contactIndex)) list.push(contactIndex);
}

export interface SeedOptions {
  /**
   * ms epoch (default SEED_FACTS.referenceTime). Only shifts the times: the PRNG never
   * reads it, so the same seed gives the same messages and the same intervals.
   */
  referenceTime?: number;
}

/** Builds a fresh seed every call; prefer the memoised `buildSeed`. */
export function createSeed(options: SeedOptions = {}): SeedData {
  const referenceTime = options.referenceTime ?? DEFAULT_REFERENCE_TIME;
  const r = createPrng(SEED_FACTS.prngSeed);
  // The medium contact comes last and is old, so every contact before it draws
  // the same numbers as before it existed (names, phones, ids stay put).
  const specs = [...specialContacts(r), ...generatedContacts(r, 46), mediumContact()];
  const drafts: Draft[] = [];
  const usedIds = new Set<string>();
  const messageId = (): string => {
    let id = r.hex(24);
    while (usedIds.has(id)) id = r.hex(24);
    usedIds.add(id);
    return id;
  };
  let statusCursor = 0;

  const contacts: SeedContact[] = specs.map((spec, index) => {
    const facebookId = spec.facebook ? `fid_${r.int(1, 9)}${r.digits(14)}` : null;
    const firstName = spec.name?.split(" ")[0] ?? (spec.lang === "fr" ? "Madame, Monsieur" : "there");
    // Whole seconds keep the dates readable; the spread keeps page 1 varied.
    const lastActivity = referenceTime - (spec.lastActivityAgoMs ?? r.int(10 * 60, 7 * 24 * 3600) * 1000);
    const conversations: SeedConversation[] = spec.channels.map((channel, ci) => {
      const conversationId = `cid_${r.uuidV4()}`;
      const agent = r.chance(0.4) ? r.pick(AGENTS) : null;
      if (spec.special === "big" || spec.special === "medium") {
        const big = spec.special === "big";
        let direction: Direction = "inbound";
        let t = big ? referenceTime - 7 * MINUTE : lastActivity;
        const total = big ? SEED_FACTS.bigContactMessageCount : SEED_FACTS.mediumContactMessageCount;
        for (let n = total; n >= 1; n -= 1) {
          const candidates = BIG_CONTACT_LINES.filter(([d]) => d === direction);
          const [, template] = r.pick(candidates);
          drafts.push({
            contactIndex: index,
            conversationId,
            timestamp: t,
            messageId: messageId(),
            direction,
            text: `#${n} ${fill(template, { order: `PO-${100000 + n}`, date: `${(n % 28) + 1}/${(n % 12) + 1}` })}`,
            channel,
            agent: n % 7 === 0 ? "camille@acme.example" : agent,
          });
          // Only the big contact's newest message is recent: the history is long and old.
          t -= big && n === total ? 3 * DAY : r.int(20 * 60, 3 * 3600) * 1000;
          if (r.chance(0.6)) direction = direction === "inbound" ? "outbound" : "inbound";
        }
        return { conversationId, channel, agent, messageCount: total };
      }
      const runs = conversationLines(r, spec, channel, firstName);
      let t = ci === 0 ? lastActivity : lastActivity - r.int(3600, 10 * 24 * 3600) * 1000;
      const flat: Array<{ line: Line; gapAfter: number }> = [];
      runs.forEach((run, ri) => {
        run.forEach((line, li) => {
          const lastOfRun = li === run.length - 1 && ri < runs.length - 1;
          flat.push({
            line,
            gapAfter: (lastOfRun ? r.int(24 * 3600, 12 * 24 * 3600) : r.int(60, 90 * 60)) * 1000,
          });
        });
      });
      for (let k = flat.length - 1; k >= 0; k -= 1) {
        const item = flat[k];
        if (!item) continue;
        drafts.push({
          contactIndex: index,
          conversationId,
          timestamp: t,
          messageId: messageId(),
          direction: item.line[0],
          text: item.line[1],
          channel,
          agent,
        });
        const previous = flat[k - 1];
        if (previous) t -= previous.gapAfter;
      }
      return { conversationId, channel, agent, messageCount: flat.length };
    });
    return {
      index,
      name: spec.name,
      phoneNumber: spec.phone,
      email: spec.email,
      facebookId,
      hasCreatedAt: index % 2 === 0,
      conversations,
      channels: [...spec.channels],
      messageCount: conversations.reduce((sum, c) => sum + c.messageCount, 0),
    };
  });

  drafts.sort((a, b) => b.timestamp - a.timestamp || (a.messageId < b.messageId ? -1 : 1));
  // Ties across contacts are possible; nudging keeps "newest first" a strict order.
  for (let i = 1; i < drafts.length; i += 1) {
    const prev = drafts[i - 1];
    const cur = drafts[i];
    if (prev && cur && cur.timestamp >= prev.timestamp) cur.timestamp = prev.timestamp - 1000;
  }

  const messages: SeedMessage[] = drafts.map((d) => {
    const contact = contacts[d.contactIndex];
    if (!contact) throw new Error("draft without contact");
    let deliveryStatus: string | null = null;
    if (d.direction === "outbound") {
      // The first outbound messages walk the whole list so every status is present.
      deliveryStatus =
        statusCursor < DELIVERY_STATUSES.length
          ? (DELIVERY_STATUSES[statusCursor] ?? null)
          : r.pick(["DELIVERED", "DELIVERED", "DELIVERED", "READ", "sent", "NOT_DELIVERED", "ACK", "sending"]);
      statusCursor += 1;
    }
    const side = companySide(d.channel);
    const wire: WireMessage = {
      message_id: d.messageId,
      text: d.text,
      direction: d.direction,
      delivery_status: deliveryStatus,
      channel: d.channel,
      user_identifier: side.id,
      user_identifiers: side.ids,
      agent_assigned_to: d.agent,
      contact_name: contact.name,
      contact_identifiers: {
        phone_number: contact.phoneNumber,
        email: contact.email,
        facebook_id: contact.facebookId,
      },
    };
    if (contact.hasCreatedAt) wire.created_at = new Date(d.timestamp).toISOString();
    return {
      wire,
      contactIndex: d.contactIndex,
      conversationId: d.conversationId,
      timestamp: d.timestamp,
    };
  });

  return {
    referenceTime: new Date(referenceTime).toISOString(),
    contacts,
    messages,
    indexes: indexSeed(contacts, messages),
  };
}

/** The lookup lists of a seed; each message list keeps the order of `messages`. */
export function indexSeed(contacts: readonly SeedContact[], messages: readonly SeedMessage[]): SeedIndexes {
  const indexes: SeedIndexes = {
    byContact: new Map(),
    phoneConversationsByPhone: new Map(),
    facebookByFacebookId: new Map(),
    byConversation: new Map(),
    contactsByPhone: new Map(),
    contactsByEmail: new Map(),
    contactsByFacebookId: new Map(),
    contactByConversation: new Map(),
  };
  for (const contact of contacts) {
    if (contact.phoneNumber) pushContact(indexes.contactsByPhone, contact.phoneNumber, contact.index);
    if (contact.email) pushContact(indexes.contactsByEmail, contact.email, contact.index);
    if (contact.facebookId) pushContact(indexes.contactsByFacebookId, contact.facebookId, contact.index);
    for (const c of contact.conversations) indexes.contactByConversation.set(c.conversationId, contact.index);
  }
  // Walking the sorted list keeps every index list newest first without re-sorting.
  for (const m of messages) {
    const contact = contacts[m.contactIndex];
    pushIndex(indexes.byContact, m.contactIndex, m);
    pushIndex(indexes.byConversation, m.conversationId, m);
    if (contact?.phoneNumber && PHONE_CHANNELS.includes(m.wire.channel)) {
      pushIndex(indexes.phoneConversationsByPhone, contact.phoneNumber, m);
    }
    if (contact?.facebookId && m.wire.channel === "facebook") {
      pushIndex(indexes.facebookByFacebookId, contact.facebookId, m);
    }
  }
  return indexes;
}

let memo: SeedData | undefined;

export function buildSeed(): SeedData {
  memo ??= createSeed();
  return memo;
}

export function listContacts(): readonly SeedContact[] {
  return buildSeed().contacts;
}

export function findContactByName(name: string): SeedContact | undefined {
  return buildSeed().contacts.find((c) => c.name === name);
}

/** A JSON-friendly overview for tests and tools; it leaves message texts out. */
export function seedSummary(seed: SeedData = buildSeed()): {
  facts: typeof SEED_FACTS & { referenceTime: string };
  totalMessages: number;
  contacts: readonly SeedContact[];
} {
  return {
    facts: { ...SEED_FACTS, referenceTime: seed.referenceTime },
    totalMessages: seed.messages.length,
    contacts: seed.contacts,
  };
}
