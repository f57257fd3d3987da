import { getEnv } from "@/lib/config/env";
import { createSharedState, redisWhere, type CacheStatus, type SharedState } from "./connection";

// The process's one Redis connection, made on first use when REDIS_URL is set.
// On globalThis because Next may load this module once per route bundle (and
// once for proxy.ts): they must all share one connection and one health state.

const KEY = Symbol.for("octopush-inbox.shared-state");
type WithShared = typeof globalThis & { [KEY]?: SharedState | null };

/** The shared state, or null when REDIS_URL is unset (everything stays in process). */
export function getSharedState(): SharedState | null {
  const g = globalThis as WithShared;
  if (g[KEY] === undefined) {
    const { sharedState } = getEnv();
    g[KEY] = sharedState.redisUrl
      ? createSharedState({ url: sharedState.redisUrl, prefix: sharedState.redisPrefix })
      : null;
  }
  return g[KEY];
}

/** For /api/ready: "memory" without REDIS_URL, "redis" while shared, "degraded" while Redis is away. */
export function cacheStatus(): CacheStatus {
  return getSharedState()?.status() ?? "memory";
}

/** Called once at start-up (instrumentation.ts): connects now, so an unreachable Redis is reported at start. */
export function startSharedState(): void {
  const { sharedState } = getEnv();
  const shared = getSharedState();
  console.log(
    shared
      ? `Octopush Inbox: shared state in Redis at ${redisWhere(sharedState.redisUrl ?? "")}, keys under "${sharedState.redisPrefix}"`
      : "Octopush Inbox: shared state in process (REDIS_URL unset): one instance only",
  );
}

/** For shutdown: ends the connection without a warning. */
export async function closeSharedState(): Promise<void> {
  await getSharedState()?.close();
}
