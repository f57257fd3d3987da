// Octopush delivery statuses, matched case-insensitively: the seed says "sending",
// delivery receipts say DELIVERED, NOT_DELIVERED... (shared/octopush/NOTES.md,
// outside this repo). An unknown value is shown as it is, never hidden.
// A known one is named by its key; its words are in the catalogs (`status.<key>`),
// in the agent's language.

export type StatusTone = "pending" | "sent" | "delivered" | "read" | "failed" | "unknown";

const KNOWN = {
  sending: { key: "sending", tone: "pending" },
  queued: { key: "queued", tone: "pending" },
  pending: { key: "pending", tone: "pending" },
  sent: { key: "sent", tone: "sent" },
  ack: { key: "sent", tone: "sent" },
  delivered: { key: "delivered", tone: "delivered" },
  read: { key: "read", tone: "read" },
  not_delivered: { key: "not_delivered", tone: "failed" },
  failed: { key: "failed", tone: "failed" },
  bad_destination: { key: "bad_destination", tone: "failed" },
  blacklisted_number: { key: "blacklisted_number", tone: "failed" },
  unknown_delivery: { key: "unknown_delivery", tone: "unknown" },
  undefined: { key: "undefined", tone: "unknown" },
} as const satisfies Record<string, { key: string; tone: StatusTone }>;

/** A known status's catalog key (`status.<key>`). */
export type StatusKey = (typeof KNOWN)[keyof typeof KNOWN]["key"];

export interface DeliveryInfo {
  /** Octopush's raw value: the tooltip, and the label of a status no catalog knows. */
  raw: string;
  /** null for a value Octopush added after this list was written. */
  key: StatusKey | null;
  tone: StatusTone;
  failed: boolean;
}

/** null for inbound messages and messages without a status. */
export function deliveryInfo(raw: string | null | undefined): DeliveryInfo | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const value = raw.trim().toLowerCase();
  if (Object.hasOwn(KNOWN, value)) {
    const known = KNOWN[value as keyof typeof KNOWN];
    return { raw, key: known.key, tone: known.tone, failed: known.tone === "failed" };
  }
  return { raw, key: null, tone: "unknown", failed: false };
}
