import { parseIdentifierKept } from "./kept-identifiers";
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
  const parsed = parseIdentifierKept(input, { defaultCountry, hint: kind === "phone" ? undefined : kind });
  return parsed.ok && parsed.identifier.kind === kind ? parsed.identifier : undefined;
}

/** Canonical ids of a message's contact; each parse is kept (kept-identifiers.ts), so a page of the same few contacts parses each once. */
export function canonicalContactIds(contact: ContactIdentifiers, defaultCountry: string): ContactIds {
  const ids: ContactIds = {};
  const phone = canonical("phone", contact.phone, defaultCountry);
  const email = canonical("email", contact.email, defaultCountry);
  const facebook = canonical("facebook", contact.facebookId, defaultCountry);
  if (phone) ids.phone = phone;
  if (email) ids.email = email;
  if (facebook) ids.facebook = facebook;
  return ids;
}
