import { z } from "zod";

// Variables of the audit trail (lib/audit/), merged into lib/config/env.ts's schema.

export const DEFAULT_AUDIT_DAYS = 365;

export const auditEnvShape = {
  INBOX_AUDIT_DAYS: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: "INBOX_AUDIT_DAYS must be a number of days" })
      .int("INBOX_AUDIT_DAYS must be a whole number of days")
      .min(1, "INBOX_AUDIT_DAYS must be at least 1")
      .max(36_500, "INBOX_AUDIT_DAYS must be at most 36500")
      .default(DEFAULT_AUDIT_DAYS),
  ),
};

export interface AuditEnv {
  /** Audit rows older than this many days are deleted (lib/audit/retention.ts). */
  auditDays: number;
}

export function auditEnv(raw: { INBOX_AUDIT_DAYS: number }): AuditEnv {
  return { auditDays: raw.INBOX_AUDIT_DAYS };
}
