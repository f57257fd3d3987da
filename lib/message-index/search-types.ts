import type { Segment } from "./highlight";

// What GET /api/search answers: pure types, shared by the route and the search box.

export type { Segment };

/** One conversation that matched, through its newest matching message. */
export interface SearchHit {
  conversationKey: string;
  messageId: string;
  contactName: string | null;
  channel: string | null;
  direction: string | null;
  /** ISO 8601 when the message carried a date. */
  sentAt: string | null;
  /** The contact's name with the hits marked; null when there is no name. */
  name: Segment[] | null;
  /** Part of the matching message's text around its first hit, the hits marked. */
  snippet: Segment[];
}

export interface SearchResults {
  results: SearchHit[];
}
