// The body and status of GET /api/ready (docs/deploy.md, "Health and readiness"),
// from what the store and the shared state report. Pure, so the rules are tested
// here; the route asks lib/db's checkDatabase() and lib/shared-state's cacheStatus().

export type DatabaseState = "ok" | "down";
/** "memory": no REDIS_URL; "degraded": REDIS_URL set but Redis unreachable (the instance falls back to memory). */
export type CacheState = "redis" | "memory" | "degraded";

export interface Readiness {
  httpStatus: 200 | 503;
  body: { status: "ready" | "degraded" | "unavailable"; database: DatabaseState; cache: CacheState };
}

/** Only a database outage takes the instance out of the pool: without Redis it still serves, from memory. */
export function readiness(database: DatabaseState, cache: CacheState): Readiness {
  if (database === "down") return { httpStatus: 503, body: { status: "unavailable", database, cache } };
  return { httpStatus: 200, body: { status: cache === "degraded" ? "degraded" : "ready", database, cache } };
}
