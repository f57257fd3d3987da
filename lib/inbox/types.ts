import type { Identifier } from "./identifier-kinds";

// The inbox's own shapes: what the browser receives from /api/*, whatever
// Octopush answers. Stable; changing one is an API change.

export interface ContactIdentifiers {
  phone: string | null;
  email: string | null;
  facebookId: string | null;
}

/** The contact's identifiers in canonical form, read on the server (the browser ships no phone parser). */
export type ContactIds = Partial<Record<"phone" | "email" | "facebook", Identifier>>;

export interface InboxMessage {
  id: string;
  text: string | null;
  /** "inbound" | "outbound", or whatever new value Octopush sends. */
  direction: string | null;
  channel: string | null;
  /** Octopush's raw value (null on inbound messages). */
  deliveryStatus: string | null;
  agent: string | null;
  contactName: string | null;
  contact: ContactIdentifiers;
  contactIds: ContactIds;
  /** ISO 8601 when the message carried a date; never invented. */
  sentAt: string | null;
}

export interface MessagesPage {
  messages: InboxMessage[];
  page: number;
  perPage: number;
  hasMore: boolean;
}
