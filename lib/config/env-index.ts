import { z } from "zod";
import { wholeNumber } from "./env-helpers";

// The message index's settings (lib/message-index/), validated apart from env.ts
// and merged into its Env by parseEnv.

export interface IndexConfig {
  /** INBOX_INDEX: "off" turns the index, its sync, text search and the indexed list off. */
  enabled: boolean;
  /** INBOX_SYNC_INTERVAL_MS: how often the syncing instance reads Octopush's newest pages. */
  intervalMs: number;
  /** INBOX_INDEX_MAX_MESSAGES: the most messages kept; the backfill stops there. */
  maxMessages: number;
  /** INBOX_INDEX_DAYS: older messages are not fetched and are deleted. */
  days: number;
}

export const indexEnvShape = {
  INBOX_INDEX: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    z.enum(["on", "off"], { error: "INBOX_INDEX must be on or off" }).default("on"),
  ),
  INBOX_SYNC_INTERVAL_MS: wholeNumber("INBOX_SYNC_INTERVAL_MS", 500, 3_600_000, 10_000),
  INBOX_INDEX_MAX_MESSAGES: wholeNumber("INBOX_INDEX_MAX_MESSAGES", 100, 5_000_000, 200_000),
  INBOX_INDEX_DAYS: wholeNumber("INBOX_INDEX_DAYS", 1, 3650, 90),
};

type IndexRaw = {
  INBOX_INDEX: "on" | "off";
  INBOX_SYNC_INTERVAL_MS: number;
  INBOX_INDEX_MAX_MESSAGES: number;
  INBOX_INDEX_DAYS: number;
};

export function toIndexConfig(raw: IndexRaw): IndexConfig {
  return {
    enabled: raw.INBOX_INDEX === "on",
    intervalMs: raw.INBOX_SYNC_INTERVAL_MS,
    maxMessages: raw.INBOX_INDEX_MAX_MESSAGES,
    days: raw.INBOX_INDEX_DAYS,
  };
}
