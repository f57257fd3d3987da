import "server-only";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/instance";
import { csvRow } from "@/lib/export/csv";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./filters";
import { createPruneGate, retentionCutoff } from "./retention";
import { iterateAuditEvents, listAuditEvents, pruneAuditEvents, type AuditPage, type StoredAuditEvent } from "./store";

// What /admin/audit and /api/admin/audit read (administrators only; the callers
// check the role with lib/accounts/admin.ts). Reading also deletes rows past
// retention, at most once a day per process (lib/audit/retention.ts).

const gate = createPruneGate();

async function prepare(): Promise<{ cutoff: Date }> {
  const db = await getDb();
  const now = new Date();
  const cutoff = retentionCutoff(now, getEnv().auditDays);
  if (gate(now.getTime())) await pruneAuditEvents(db, cutoff);
  return { cutoff };
}

export async function readAuditPage(filters: AuditFilters, page: number): Promise<AuditPage> {
  const { cutoff } = await prepare();
  return listAuditEvents(await getDb(), filters, { page, pageSize: AUDIT_PAGE_SIZE, cutoff });
}

export const AUDIT_CSV_COLUMNS = ["at", "actor_email", "actor_role", "action", "target", "client_address", "details"];

export function auditCsvValues(event: StoredAuditEvent): string[] {
  return [
    event.at.toISOString(),
    event.actorEmail ?? "",
    event.actorRole,
    event.action,
    event.target ?? "",
    event.clientAddress ?? "",
    JSON.stringify(event.details),
  ];
}

/** The filtered trail as CSV, newest first, 500 rows per query, pulled as the client reads. */
export async function auditCsvStream(filters: AuditFilters): Promise<ReadableStream<Uint8Array>> {
  const { cutoff } = await prepare();
  const batches = iterateAuditEvents(await getDb(), filters, { cutoff });
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(csvRow(AUDIT_CSV_COLUMNS)));
          return;
        }
        try {
          const next = await batches.next();
          if (next.done) {
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(next.value.map((e) => csvRow(auditCsvValues(e))).join("")));
        } catch {
          console.warn("[audit] the CSV download stopped: the database did not answer.");
          controller.enqueue(encoder.encode(csvRow(["# EXPORT INCOMPLETE: the database did not answer."])));
          controller.close();
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
