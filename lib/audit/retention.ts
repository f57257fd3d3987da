// How long audit rows are kept (INBOX_AUDIT_DAYS) and how often the old ones are
// deleted. Decision: no timer; the deletion runs after an insert, at most once
// per PRUNE_EVERY_MS per process (so at start-up's first event and then about
// daily while the inbox is used), and whenever /admin/audit is read. A quiet
// inbox keeps old rows a little longer, never shows them: listings filter on
// the same cut-off.

export const DAY_MS = 86_400_000;
export const PRUNE_EVERY_MS = DAY_MS;

/** Rows with `at` strictly before this instant are past retention. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Per-process gate: true at most once per interval. */
export function createPruneGate(intervalMs: number = PRUNE_EVERY_MS) {
  let last = Number.NEGATIVE_INFINITY;
  return (now: number): boolean => {
    if (now - last < intervalMs) return false;
    last = now;
    return true;
  };
}
