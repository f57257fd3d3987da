// Octopush delivery statuses, matched case-insensitively: the seed says "sending",
// delivery receipts say DELIVERED, NOT_DELIVERED... (shared/octopush/NOTES.md,
// outside this repo). An unknown value is shown as it is, never hidden.

export type StatusTone = "pending" | "sent" | "delivered" | "read" | "failed" | "unknown";

export interface DeliveryInfo {
  /** Octopush's raw value, for the tooltip. */
  raw: string;
  label: string;
  tone: StatusTone;
  failed: boolean;
}

const KNOWN: Record<string, { label: string; tone: StatusTone }> = {
  sending: { label: "Sending", tone: "pending" },
  queued: { label: "Queued", tone: "pending" },
  pending: { label: "Pending", tone: "pending" },
  sent: { label: "Sent", tone: "sent" },
  ack: { label: "Sent", tone: "sent" },
  delivered: { label: "Delivered", tone: "delivered" },
  read: { label: "Read", tone: "read" },
  not_delivered: { label: "Not delivered", tone: "failed" },
  failed: { label: "Failed", tone: "failed" },
  bad_destination: { label: "Failed: bad number", tone: "failed" },
  blacklisted_number: { label: "Failed: number blocked", tone: "failed" },
  unknown_delivery: { label: "Delivery unknown", tone: "unknown" },
  undefined: { label: "Status undefined", tone: "unknown" },
};

/** null for inbound messages and messages without a status. */
export function deliveryInfo(raw: string | null | undefined): DeliveryInfo | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const known = KNOWN[raw.trim().toLowerCase()];
  if (known) return { raw, ...known, failed: known.tone === "failed" };
  return { raw, label: raw, tone: "unknown", failed: false };
}
