import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/instance";
import type { Db } from "@/lib/db/open";
import type { AuditEvent } from "./events";
import { createPruneGate, retentionCutoff } from "./retention";
import { insertAuditEvent, pruneAuditEvents } from "./store";

export type { AuditAction, AuditEvent } from "./events";

// The server's one way to write to the audit trail. Contract for callers (the
// sign-in, the exports, the admin page, the share links): `await recordAudit(e)`
// never throws and never blocks an action; a failure writes one line naming the
// action and the error kind, never the event's data, and the action proceeds.

const gate = createPruneGate();

export interface RecordOptions {
  /** For tests: another database than the server's. */
  db?: () => Promise<Db>;
  now?: () => Date;
  retentionDays?: () => number;
}

export async function recordAudit(event: AuditEvent, options: RecordOptions = {}): Promise<void> {
  const now = (options.now ?? (() => new Date()))();
  try {
    const db = await (options.db ?? getDb)();
    await insertAuditEvent(db, event, now);
    if (gate(now.getTime())) {
      const days = (options.retentionDays ?? (() => getEnv().auditDays))();
      await pruneAuditEvents(db, retentionCutoff(now, days));
    }
  } catch (error) {
    console.warn(`[audit] could not record ${event.action}: ${describeError(error)}`);
  }
}

/**
 * The error's kind only: a driver code ("ECONNREFUSED", "42P01") or a class name.
 * Not the message: Drizzle's "Failed query" message carries the query's parameters.
 */
export function describeError(error: unknown): string {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Za-z0-9_]{1,40}$/.test(code)) return code;
  }
  return error instanceof Error ? error.name.slice(0, 40) : "unknown error";
}

/** The caller's address inside a route handler, server action or page; "unknown" elsewhere. */
export async function requestClientAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    return "unknown";
  }
}
