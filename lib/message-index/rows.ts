import { deliveryInfo } from "@/lib/inbox/delivery-status";
import type { InboxMessage } from "@/lib/inbox/types";
import { messageSearchText } from "./normalize";

// One Octopush message (already in the inbox's shape, canonical ids read) → one
// indexed_messages row. Pure: the sync decides seq and sortAt.

export interface IndexRow {
  messageId: string;
  seq: number;
  conversationKey: string;
  contactName: string | null;
  body: string | null;
  direction: string | null;
  channel: string | null;
  deliveryStatus: string | null;
  failed: boolean;
  agent: string | null;
  sentAt: Date | null;
  sortAt: Date;
  searchText: string;
}

/** The conversation a message belongs to: its phone number, else e-mail, else Facebook id; null: none (not indexed). */
export function conversationKeyOf(message: Pick<InboxMessage, "contactIds">): string | null {
  const ids = message.contactIds;
  return ids.phone?.value ?? ids.email?.value ?? ids.facebook?.value ?? null;
}

export function toIndexRow(message: InboxMessage, seq: number, sortAt: Date): IndexRow | null {
  const conversationKey = conversationKeyOf(message);
  if (!conversationKey) return null;
  const outbound = message.direction === "outbound";
  return {
    messageId: message.id,
    seq,
    conversationKey,
    contactName: message.contactName,
    body: message.text,
    direction: message.direction,
    channel: message.channel,
    deliveryStatus: message.deliveryStatus,
    failed: outbound && (deliveryInfo(message.deliveryStatus)?.failed ?? false),
    agent: message.agent?.trim() || null,
    sentAt: message.sentAt ? new Date(message.sentAt) : null,
    sortAt,
    searchText: messageSearchText(message.contactName, message.text),
  };
}
