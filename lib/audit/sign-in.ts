import "server-only";
import { audit, type AuditEvent as SignInLogEvent } from "@/lib/auth/audit-log";
import type { AgentRole } from "@/lib/db/schema";
import type { AuditEvent } from "./events";
import { recordAudit } from "./record";

// Sign-ins, refusals and sign-outs: the JSON log line (lib/auth/audit-log.ts)
// as before, and a row in the audit trail.

export function fromSignInLog(event: SignInLogEvent, role: AgentRole | null): AuditEvent {
  const actor = { email: event.email, role: role ?? "anonymous" } as const;
  if (event.event === "auth.sign_out") return { action: "auth.sign_out", actor, clientAddress: event.ip };
  if (event.outcome === "success") {
    return { action: "auth.sign_in", actor, clientAddress: event.ip, details: { method: event.method } };
  }
  return {
    action: "auth.sign_in_refused",
    actor: { email: event.email, role: "anonymous" },
    clientAddress: event.ip,
    details: { method: event.method, reason: event.reason },
  };
}

export async function auditSignIn(event: SignInLogEvent, role: AgentRole | null = null): Promise<void> {
  audit(event);
  await recordAudit(fromSignInLog(event, role));
}
