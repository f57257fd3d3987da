import { and, desc, gte, ilike, lt, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { auditEvents } from "@/lib/db/schema";
import { toAuditRow, type AuditEvent, type AuditRow } from "./events";
import { filterRange, type AuditFilters } from "./filters";

// The audit table's queries. No "server-only" guard: `npm run users` and the
// store tests use them with their own database handle.

export interface StoredAuditEvent extends AuditRow {
  id: string;
}

export async function insertAuditEvent(db: Db, event: AuditEvent, now: Date = new Date()): Promise<void> {
  await db.insert(auditEvents).values(toAuditRow(event, now));
}

/** Deletes rows older than the cut-off; returns how many went. */
export async function pruneAuditEvents(db: Db, cutoff: Date): Promise<number> {
  const deleted = await db.delete(auditEvents).where(lt(auditEvents.at, cutoff)).returning({ id: auditEvents.id });
  return deleted.length;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereOf(filters: AuditFilters, cutoff: Date | null): SQL | undefined {
  const { since, before } = filterRange(filters);
  const parts: (SQL | undefined)[] = [
    cutoff ? gte(auditEvents.at, cutoff) : undefined,
    filters.who ? ilike(auditEvents.actorEmail, `%${escapeLike(filters.who)}%`) : undefined,
    filters.what ? eq(auditEvents.action, filters.what) : undefined,
    since ? gte(auditEvents.at, since) : undefined,
    before ? lt(auditEvents.at, before) : undefined,
  ];
  return and(...parts.filter((p): p is SQL => p !== undefined));
}

export interface AuditPage {
  events: StoredAuditEvent[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** One page, newest first. `cutoff` hides rows past retention that are not deleted yet. */
export async function listAuditEvents(
  db: Db,
  filters: AuditFilters,
  options: { page: number; pageSize: number; cutoff: Date | null },
): Promise<AuditPage> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(whereOf(filters, options.cutoff))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(options.pageSize + 1)
    .offset((options.page - 1) * options.pageSize);
  return {
    events: rows.slice(0, options.pageSize).map(fromDb),
    page: options.page,
    pageSize: options.pageSize,
    hasMore: rows.length > options.pageSize,
  };
}

/**
 * Every matching row, newest first, a batch at a time, for the CSV download: a
 * large trail is never held in memory at once. Rows written after the download
 * started are left out (the `at` ceiling), so offsets do not shift under it.
 */
export async function* iterateAuditEvents(
  db: Db,
  filters: AuditFilters,
  options: { cutoff: Date | null; batchSize?: number; now?: Date },
): AsyncGenerator<StoredAuditEvent[]> {
  const batchSize = options.batchSize ?? 500;
  const ceiling = new Date((options.now ?? new Date()).getTime() + 1);
  const where = and(whereOf(filters, options.cutoff), lt(auditEvents.at, ceiling));
  for (let offset = 0; ; offset += batchSize) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(batchSize)
      .offset(offset);
    if (rows.length > 0) yield rows.map(fromDb);
    if (rows.length < batchSize) return;
  }
}

function fromDb(row: typeof auditEvents.$inferSelect): StoredAuditEvent {
  return {
    id: row.id,
    at: row.at,
    actorEmail: row.actorEmail,
    actorRole: row.actorRole as StoredAuditEvent["actorRole"],
    action: row.action as StoredAuditEvent["action"],
    target: row.target,
    clientAddress: row.clientAddress,
    details: row.details,
  };
}
