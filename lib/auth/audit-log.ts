// One JSON line on stdout per sign-in, refusal and sign-out, for whoever reads
// the server log. Fields are fixed on purpose: who (e-mail), how, outcome, from
// where, when. Never a password, a token or message content.

import type { SignInMethod } from "./allow-list";

export type AuditReason = "wrong_password" | "throttled" | "not_allowed" | "unverified_email" | "disabled";

export type AuditEvent =
  | { event: "auth.sign_in"; outcome: "success"; method: SignInMethod; email: string; ip: string }
  | {
      event: "auth.sign_in";
      outcome: "refused";
      reason: AuditReason;
      method: SignInMethod;
      email: string | null;
      ip: string;
    }
  | { event: "auth.sign_out"; outcome: "success"; email: string | null; ip: string };

/** Pure: the line that will be written. Only known fields are copied. */
export function formatAuditLine(event: AuditEvent, at: Date): string {
  const line: Record<string, unknown> = { event: event.event, outcome: event.outcome };
  if ("reason" in event) line.reason = event.reason;
  if ("method" in event) line.method = event.method;
  line.email = event.email === null ? null : truncate(event.email, 320);
  line.ip = truncate(event.ip, 64);
  line.at = at.toISOString();
  return JSON.stringify(line);
}

function truncate(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

export function audit(event: AuditEvent, now: () => Date = () => new Date()): void {
  console.log(formatAuditLine(event, now()));
}
