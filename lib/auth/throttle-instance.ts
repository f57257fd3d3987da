import "server-only";
import { getSharedState } from "@/lib/shared-state/instance";
import { createThrottle, type Throttle } from "./throttle";

// One throttle per server process. Kept on globalThis because Next may load this
// module once per route bundle; the counts must be shared by all of them. With
// REDIS_URL the counts are in Redis, shared by every instance (the in-memory
// insurance limiter counts while Redis is away).
const KEY = Symbol.for("octopush-inbox.auth-throttle");
type WithThrottle = typeof globalThis & { [KEY]?: Throttle };

export function getThrottle(): Throttle {
  const g = globalThis as WithThrottle;
  const shared = getSharedState();
  g[KEY] ??= createThrottle(shared ? { storeClient: shared.redis, keyPrefix: "sign-in" } : {});
  return g[KEY];
}
