import type { ContactSummary } from "@/lib/inbox/thread-contact";
import type { InboxMessage } from "@/lib/inbox/types";
import { maskEmail, maskOther, maskPhone } from "./mask";

// What a shared page may hold about the contact: the name, and identifiers
// masked. Applied on the server, so the unmasked values never reach the page or
// its payload. Pure.

function maskValue(kind: ContactSummary["identifiers"][number]["kind"], value: string): string {
  if (kind === "phone") return maskPhone(value);
  if (kind === "email") return maskEmail(value);
  return maskOther(value);
}

export function maskedSummary(summary: ContactSummary): ContactSummary {
  const identifiers = summary.identifiers.map((id) => ({ ...id, value: maskValue(id.kind, id.value) }));
  return {
    ...summary,
    identifiers,
    title: summary.hasName ? summary.title : (identifiers[0]?.value ?? "•••"),
  };
}

/** A message without the contact's identifiers (the bubbles never show them; the page must not carry them). */
export function withoutContactIds(message: InboxMessage): InboxMessage {
  return { ...message, contact: { phone: null, email: null, facebookId: null }, contactIds: {} };
}
