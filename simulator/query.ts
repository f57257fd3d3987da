import type { SeedData, SeedMessage, WireMessage } from "./seed";

/**
 * What a query reads: the seed's shape, but every message list is oldest first, so
 * a new message is a push (simulator/store.ts keeps it that way).
 */
export type ChronologicalData = Pick<SeedData, "contacts" | "messages" | "indexes">;

export const DEFAULT_PAGE = 1;
export const DEFAULT_PER_PAGE = 50;
// Octopush publishes no maximum; a cap keeps one request from serialising the whole 10k dataset by accident.
export const MAX_PER_PAGE = 1000;

export type ContactKey =
  | { kind: "phone"; value: string }
  | { kind: "email"; value: string }
  | { kind: "facebook"; value: string }
  | { kind: "conversation"; value: string };

export interface ListQuery {
  page: number;
  perPage: number;
  contact?: ContactKey;
  phoneNumber?: string;
  email?: string;
  facebookId?: string;
  conversationId?: string;
}

/**
 * Octopush "casts" numbers instead of rejecting them: "2.7" → 2, "abc" → default.
 * Values below 1 cannot be fixed, so they fall back to the default too.
 */
export function castPositiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === null) return fallback;
  const n = Math.trunc(Number.parseFloat(raw.trim()));
  if (!Number.isFinite(n) || n < 1) return fallback;
  return Math.min(n, max);
}

/**
 * Keeps digits and a leading "+", reads "00" as "+". A bare run of digits is
 * read as international without its "+", because an unencoded "+" in a query
 * string arrives as a space. A national number ("06…") has no country, so it
 * cannot be fixed and is ignored.
 */
export function normalisePhone(raw: string): string | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, "");
  let international: string;
  if (trimmed.startsWith("+")) international = digits;
  else if (digits.startsWith("00")) international = digits.slice(2);
  else if (digits.startsWith("0")) return null;
  else international = digits;
  if (international.length < 6 || international.length > 15) return null;
  return `+${international}`;
}

export function normaliseEmail(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : null;
}

export function normaliseFacebookId(raw: string): string | null {
  const match = /^(?:fid_)?(\d+)$/.exec(raw.replace(/\s/g, "").toLowerCase());
  return match?.[1] ? `fid_${match[1]}` : null;
}

export function normaliseConversationId(raw: string): string | null {
  const match = /^(?:cid_)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(
    raw.replace(/\s/g, "").toLowerCase(),
  );
  return match?.[1] ? `cid_${match[1]}` : null;
}

export function normaliseContact(raw: string): ContactKey | null {
  const value = raw.trim();
  const lower = value.toLowerCase();
  if (lower.startsWith("cid_")) {
    const id = normaliseConversationId(value);
    return id ? { kind: "conversation", value: id } : null;
  }
  if (lower.startsWith("fid_")) {
    const id = normaliseFacebookId(value);
    return id ? { kind: "facebook", value: id } : null;
  }
  if (value.includes("@")) {
    const email = normaliseEmail(value);
    return email ? { kind: "email", value: email } : null;
  }
  const phone = normalisePhone(value);
  return phone ? { kind: "phone", value: phone } : null;
}

function nonEmpty(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value === null || value.trim() === "" ? null : value;
}

/** Reads the query the way Octopush documents it: fix what can be fixed, ignore the rest. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const query: ListQuery = {
    page: castPositiveInt(params.get("page"), DEFAULT_PAGE),
    perPage: castPositiveInt(params.get("per_page"), DEFAULT_PER_PAGE, MAX_PER_PAGE),
  };
  const contact = nonEmpty(params, "contact");
  const contactKey = contact === null ? null : normaliseContact(contact);
  if (contactKey) query.contact = contactKey;
  const phone = nonEmpty(params, "phone_number");
  const phoneNumber = phone === null ? null : normalisePhone(phone);
  if (phoneNumber) query.phoneNumber = phoneNumber;
  const rawEmail = nonEmpty(params, "email");
  const email = rawEmail === null ? null : normaliseEmail(rawEmail);
  if (email) query.email = email;
  const fid = nonEmpty(params, "facebook_id");
  const facebookId = fid === null ? null : normaliseFacebookId(fid);
  if (facebookId) query.facebookId = facebookId;
  const cid = nonEmpty(params, "conversation_id");
  const conversationId = cid === null ? null : normaliseConversationId(cid);
  if (conversationId) query.conversationId = conversationId;
  return query;
}

const EMPTY: readonly SeedMessage[] = [];

// Rare path (several contacts behind one key): only then is a merged copy made.
function mergeChronological(lists: ReadonlyArray<readonly SeedMessage[]>): readonly SeedMessage[] {
  const nonEmptyLists = lists.filter((l) => l.length > 0);
  if (nonEmptyLists.length === 0) return EMPTY;
  if (nonEmptyLists.length === 1) return nonEmptyLists[0] ?? EMPTY;
  const unique = new Set(nonEmptyLists.flat());
  return [...unique].sort((a, b) => a.timestamp - b.timestamp);
}

function contactsFor(seed: ChronologicalData, key: ContactKey): readonly number[] {
  const { indexes } = seed;
  switch (key.kind) {
    case "phone":
      return indexes.contactsByPhone.get(key.value) ?? [];
    case "email":
      return indexes.contactsByEmail.get(key.value) ?? [];
    case "facebook":
      return indexes.contactsByFacebookId.get(key.value) ?? [];
    case "conversation": {
      const index = indexes.contactByConversation.get(key.value);
      return index === undefined ? [] : [index];
    }
  }
}

function phoneConversationsForEmail(seed: ChronologicalData, email: string): readonly SeedMessage[] {
  const phones = new Set<string>();
  for (const index of seed.indexes.contactsByEmail.get(email) ?? []) {
    const phoneNumber = seed.contacts[index]?.phoneNumber;
    if (phoneNumber) phones.add(phoneNumber);
  }
  return mergeChronological([...phones].map((p) => seed.indexes.phoneConversationsByPhone.get(p) ?? EMPTY));
}

/**
 * Messages matching every understood filter, oldest first. Returns an index
 * list itself when a single filter applies, so no per-request copy is made.
 */
export function selectMessages(seed: ChronologicalData, query: ListQuery): readonly SeedMessage[] {
  const { indexes } = seed;
  const lists: Array<readonly SeedMessage[]> = [];
  if (query.phoneNumber !== undefined) lists.push(indexes.phoneConversationsByPhone.get(query.phoneNumber) ?? EMPTY);
  if (query.email !== undefined) lists.push(phoneConversationsForEmail(seed, query.email));
  if (query.facebookId !== undefined) lists.push(indexes.facebookByFacebookId.get(query.facebookId) ?? EMPTY);
  if (query.conversationId !== undefined) lists.push(indexes.byConversation.get(query.conversationId) ?? EMPTY);
  if (query.contact !== undefined) {
    lists.push(mergeChronological(contactsFor(seed, query.contact).map((i) => indexes.byContact.get(i) ?? EMPTY)));
  }
  if (lists.length === 0) return seed.messages;
  lists.sort((a, b) => a.length - b.length);
  const [smallest, ...others] = lists;
  if (!smallest || others.length === 0) return smallest ?? EMPTY;
  const sets = others.map((l) => new Set(l));
  return smallest.filter((m) => sets.every((s) => s.has(m)));
}

/**
 * One page of an oldest-first list, newest first as Octopush is assumed to answer
 * (page 1 = the newest). Reads only the page's own entries, whatever the page number.
 */
export function pageOf(
  chronological: readonly SeedMessage[],
  page: number,
  perPage: number,
  view: (m: SeedMessage) => WireMessage = (m) => m.wire,
): WireMessage[] {
  const end = chronological.length - (page - 1) * perPage;
  if (end <= 0) return [];
  const out: WireMessage[] = [];
  for (let i = end - 1; i >= Math.max(0, end - perPage); i -= 1) out.push(view(chronological[i] as SeedMessage));
  return out;
}
