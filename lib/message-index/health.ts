import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { indexState } from "@/lib/db/schema";

// What the index says about itself: the inbox shows "Search and the list may be N
// minutes behind" from it, the live list polls `version`, /api/ready adds the rest.

export const INDEX_STATE_ID = "main";

export interface IndexHealth {
  /** Bumped whenever indexed rows change. */
  version: number;
  /** ISO 8601; null: no sync has finished yet. */
  lastSuccessAt: string | null;
  /** Whole minutes the index may be behind Octopush when the sync is late; 0 when it is on time. */
  behindMinutes: number;
  /** Older pages are still being read. */
  backfilling: boolean;
  /** A failure kind (lib/octopush/failures.ts) of the last attempt, when it failed. */
  lastError: string | null;
  /** Set when Octopush's dates run against OCTOPUSH_LIST_ORDER. */
  orderWarning: string | null;
}

/**
 * Late means: no success for two intervals and a grace of three more (at most 30 s),
 * so a slow pass is not "behind": 50 s with the default 10 s interval.
 */
export function behindMinutes(lastSuccessAt: Date | null, startedAt: Date, intervalMs: number, now: Date): number {
  const since = lastSuccessAt ?? startedAt;
  const late = now.getTime() - since.getTime();
  if (late <= 2 * intervalMs + Math.min(30_000, 3 * intervalMs)) return 0;
  return Math.max(1, Math.round(late / 60_000));
}

/**
 * The index's health. `startedAt`: when this process began syncing or waiting for
 * the first sync (an index that has never synced is only "behind" after that).
 */
export async function readIndexHealth(
  db: Db,
  options: { intervalMs: number; startedAt: Date; now?: Date },
): Promise<IndexHealth> {
  const [row] = await db.select().from(indexState).where(eq(indexState.id, INDEX_STATE_ID));
  const now = options.now ?? new Date();
  return {
    version: row?.version ?? 0,
    lastSuccessAt: row?.lastSuccessAt?.toISOString() ?? null,
    behindMinutes: behindMinutes(row?.lastSuccessAt ?? null, options.startedAt, options.intervalMs, now),
    backfilling: row ? row.backfillPage !== null : true,
    lastError: row?.lastError ?? null,
    orderWarning: row?.orderWarning ?? null,
  };
}

/** The index's line in /api/ready: operators see a late or failing sync and the order warning. */
export interface IndexReadiness {
  /** "unknown": the index is on but its state could not be read (the database is away). */
  status: "off" | "unknown" | "ok" | "building" | "behind";
  behindMinutes: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  orderWarning: string | null;
}

export function indexReadiness(
  enabled: boolean,
  health: IndexHealth | null,
  orderWarning: string | null = null,
): IndexReadiness {
  if (!enabled || !health) {
    const status = enabled ? "unknown" : "off";
    return { status, behindMinutes: 0, lastSuccessAt: null, lastError: null, orderWarning };
  }
  const status = health.behindMinutes > 0 ? "behind" : health.backfilling ? "building" : "ok";
  return {
    status,
    behindMinutes: health.behindMinutes,
    lastSuccessAt: health.lastSuccessAt,
    lastError: health.lastError,
    orderWarning: health.orderWarning ?? orderWarning,
  };
}
