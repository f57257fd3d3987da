import type { InboxMessage } from "@/lib/inbox/types";
import type { CsvValue } from "./csv";

// The columns of a conversation export, in order (documented in docs/export.md).
// Octopush's messages may carry no date: `sent_at` is the first readable one of
// `created_at`, `sent_at`, `date` as ISO 8601 UTC (lib/octopush/reshape.ts), or empty.

export const EXPORT_COLUMNS = [
  "message_id",
  "sent_at",
  "direction",
  "channel",
  "delivery_status",
  "agent",
  "contact_name",
  "contact_phone",
  "contact_email",
  "contact_facebook_id",
  "text",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export type ExportRecord = Record<ExportColumn, string | null>;

export function toExportRecord(message: InboxMessage): ExportRecord {
  return {
    message_id: message.id,
    sent_at: message.sentAt,
    direction: message.direction,
    channel: message.channel,
    delivery_status: message.deliveryStatus,
    agent: message.agent,
    contact_name: message.contactName,
    contact_phone: message.contact.phone,
    contact_email: message.contact.email,
    contact_facebook_id: message.contact.facebookId,
    text: message.text,
  };
}

export function exportRowValues(record: ExportRecord): CsvValue[] {
  return EXPORT_COLUMNS.map((column) => record[column]);
}
