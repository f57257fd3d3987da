import { z } from "zod";
import { DEFAULT_LIST_ORDER, LIST_ORDERS } from "@/lib/inbox/order";
import { emptyAsUndefined, intMs } from "./env-helpers";

// The OCTOPUSH_* variables that tune the gateway (lib/octopush/, lib/resilience/),
// merged into lib/config/env.ts's schema.

/**
 * How the gateway treats Octopush when nothing overrides it: the defaults of
 * the OCTOPUSH_* variables below, and the few values no variable sets. The
 * gateway and its resilience helpers read their defaults from here only.
 */
export const GATEWAY_DEFAULTS = {
  timeoutMs: 10_000,
  maxAttempts: 3,
  retryBudgetMs: 8_000,
  /** Full-jitter back-off: the window starts here and doubles per try... */
  retryBaseDelayMs: 250,
  /** ...up to this. */
  retryMaxDelayMs: 4_000,
  maxConcurrent: 8,
  cacheTtlMs: 2_000,
  /** In-process cache size; the least recently used answer goes first. */
  cacheMaxEntries: 500,
} as const;

export const gatewayEnvShape = {
  OCTOPUSH_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "OCTOPUSH_TIMEOUT_MS must be a number of milliseconds" })
      .int()
      .min(100, "OCTOPUSH_TIMEOUT_MS must be at least 100")
      .max(120_000, "OCTOPUSH_TIMEOUT_MS must be at most 120000")
      .default(GATEWAY_DEFAULTS.timeoutMs),
  ),
  OCTOPUSH_RETRY_BUDGET_MS: intMs("OCTOPUSH_RETRY_BUDGET_MS", 0, 300_000, GATEWAY_DEFAULTS.retryBudgetMs),
  OCTOPUSH_MAX_ATTEMPTS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "OCTOPUSH_MAX_ATTEMPTS must be a whole number of tries" })
      .int("OCTOPUSH_MAX_ATTEMPTS must be a whole number of tries")
      .min(1, "OCTOPUSH_MAX_ATTEMPTS must be at least 1 (1 = no retry)")
      .max(10, "OCTOPUSH_MAX_ATTEMPTS must be at most 10")
      .default(GATEWAY_DEFAULTS.maxAttempts),
  ),
  OCTOPUSH_MAX_CONCURRENT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "OCTOPUSH_MAX_CONCURRENT must be a whole number of calls" })
      .int("OCTOPUSH_MAX_CONCURRENT must be a whole number of calls")
      .min(1, "OCTOPUSH_MAX_CONCURRENT must be at least 1")
      .max(256, "OCTOPUSH_MAX_CONCURRENT must be at most 256")
      .default(GATEWAY_DEFAULTS.maxConcurrent),
  ),
  OCTOPUSH_CACHE_TTL_MS: intMs("OCTOPUSH_CACHE_TTL_MS", 0, 300_000, GATEWAY_DEFAULTS.cacheTtlMs),
  OCTOPUSH_LIST_ORDER: z.preprocess(
    emptyAsUndefined,
    z
      .enum(LIST_ORDERS, { error: `OCTOPUSH_LIST_ORDER must be ${LIST_ORDERS.join(" or ")}` })
      .default(DEFAULT_LIST_ORDER),
  ),
};
