import "server-only";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/instance";
import { readIndexHealth, type IndexHealth } from "./health";

// The server's view of its index, for routes and pages.

const STARTED_AT = new Date();

/**
 * Whether the index is in use: INBOX_INDEX on, and Octopush's pages newest first (the
 * sync reads them so). Off, the inbox lists and searches straight from Octopush.
 */
export function indexEnabled(): boolean {
  const env = getEnv();
  return env.index.enabled && env.octopush.listOrder === "newest-first";
}

/** The index's health; null when the index is off. */
export async function currentIndexHealth(): Promise<IndexHealth | null> {
  if (!indexEnabled()) return null;
  const config = getEnv().index;
  return readIndexHealth(await getDb(), { intervalMs: config.intervalMs, startedAt: STARTED_AT });
}
