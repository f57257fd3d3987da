import "server-only";
import { createThrottle, type Throttle } from "./throttle";

// One throttle per server process. Kept on globalThis because Next may load this
// module once per route bundle; the counts must be shared by all of them.
const KEY = Symbol.for("octopush-inbox.auth-throttle");
type WithThrottle = typeof globalThis & { [KEY]?: Throttle };

export function getThrottle(): Throttle {
  const g = globalThis as WithThrottle;
  g[KEY] ??= createThrottle();
  return g[KEY];
}
