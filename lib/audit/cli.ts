import type { Db } from "@/lib/db/open";
import type { AuditAction } from "./events";
import { insertAuditEvent } from "./store";

// The audit row of a change made with `npm run users` (no session, no server):
// actor role "cli", no e-mail. Like recordAudit, it never throws into the command.

export async function recordCliAudit(
  db: Db,
  action: AuditAction,
  target: string,
  details: Record<string, string> = {},
): Promise<void> {
  try {
    await insertAuditEvent(db, {
      action,
      actor: { email: null, role: "cli" },
      target,
      clientAddress: null,
      details: { via: "npm run users", ...details },
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    console.warn(`[audit] could not record ${action}${typeof code === "string" ? ` (${code.slice(0, 40)})` : ""}.`);
  }
}
