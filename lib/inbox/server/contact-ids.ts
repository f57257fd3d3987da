import { parseIdentifier } from "@/lib/inbox/identifiers";
import type { ContactIdentifiers, ContactIds } from "@/lib/inbox/types";

// Octopush's raw contact identifiers -> canonical ones, on the server, so the
// inbox list can group a contact's SMS and WhatsApp messages without shipping
// libphonenumber to the browser.

type Kind = keyof ContactIds;

function canonical(kind: Kind, raw: string | null, defaultCountry: string) {
  const value = raw?.trim();
  if (!value) return undefined;
  // Octopush sends fids with or without the fid_ prefix; the parser wants it.
  const input = kind === "facebook" && /^\d+$/.test(value) ? `fid_${value}` : value;
  const parsed = parseIdentifier(input, { defaultCountry, hint: kind === "phone" ? undefined : kind });
  return parsed.ok && parsed.identifier.kind === kind ? parsed.identifier : undefined;
}

// A page repeats the same few contacts, and the inbox asks for the same pages all
// day: parsing a phone number costs tens of microseconds, a lookup nothing.
const MEMO_LIMIT = 5000;
const memo = new Map<string, ContactIds>();

export function canonicalContactIds(contact: ContactIdentifiers, defaultCountry: string): ContactIds {
  const key = `${defaultCountry}\u0000${contact.phone ?? ""}\u0000${contact.email ?? ""}\u0000${contact.facebookId ?? ""}`;
  const known = memo.get(key);
  if (known) return known;
  const ids = parseContactIds(contact, defaultCountry);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
  memo.set(key, ids);
  return ids;
}

function parseContactIds(contact: ContactIdentifiers, defaultCountry: string): ContactIds {
  const ids: ContactIds = {};
  const phone = canonical("phone", contact.phone, defaultCountry);
  const email = canonical("email", contact.email, defaultCountry);
  const facebook = canonical("facebook", contact.facebookId, defaultCountry);
  if (phone) ids.phone = phone;
  if (email) ids.email = email;
  if (facebook) ids.facebook = facebook;
  return ids;
}
