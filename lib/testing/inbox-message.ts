import type { InboxMessage } from "@/lib/inbox/types";

let seq = 0;

/** An inbound SMS with nothing else known: tests set only what they are about. */
export function inboxMessage(extra: Partial<InboxMessage> = {}): InboxMessage {
  seq += 1;
  return {
    id: `m${seq}`,
    text: null,
    direction: "inbound",
    channel: "sms",
    deliveryStatus: null,
    agent: null,
    contactName: null,
    contact: { phone: null, email: null, facebookId: null },
    contactIds: {},
    sentAt: null,
    ...extra,
  };
}
