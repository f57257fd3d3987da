import type { InboxMessage } from "@/lib/inbox/types";
import type { OctopushMessage } from "./schemas";

// Octopush's message → the inbox's message. The only place that knows both.

function agentName(value: OctopushMessage["agent_assigned_to"]): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return String(value) || null;
  const candidate = value["name"] ?? value["email"] ?? value["id"];
  return typeof candidate === "string" || typeof candidate === "number" ? String(candidate) : null;
}

function isoDate(message: OctopushMessage): string | null {
  for (const raw of [message.created_at, message.sent_at, message.date]) {
    if (raw && !Number.isNaN(Date.parse(raw))) return new Date(raw).toISOString();
  }
  return null;
}

/** The contact's canonical ids are added by lib/inbox, which owns identifier parsing. */
export function reshapeMessage(message: OctopushMessage): Omit<InboxMessage, "contactIds"> {
  return {
    id: message.message_id,
    text: message.text ?? null,
    direction: message.direction?.toLowerCase() ?? null,
    channel: message.channel?.toLowerCase() ?? null,
    deliveryStatus: message.delivery_status ?? null,
    agent: agentName(message.agent_assigned_to),
    contactName: message.contact_name?.trim() || null,
    contact: {
      phone: message.contact_identifiers?.phone_number ?? null,
      email: message.contact_identifiers?.email ?? null,
      facebookId: message.contact_identifiers?.facebook_id ?? null,
    },
    sentAt: isoDate(message),
  };
}
