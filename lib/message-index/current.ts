import "server-only";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/instance";
import { readIndexHealth, type IndexHealth } from "./health";

// The server's view of its index, for routes and pages.

const STARTED_AT = new Date();

/** Whether INBOX_INDEX is on: off, the inbox lists and searches straight from Octopush. */
export function indexEnabled(): boolean {
  return getEnv().index.enabled;
}

/** The index's health; null when the index is off. */
export async function currentIndexHealth(): Promise<IndexHealth | null> {
  const config = getEnv().index;
  if (!config.enabled) return null;
  return readIndexHealth(await getDb(), { intervalMs: config.intervalMs, startedAt: STARTED_AT });
}
