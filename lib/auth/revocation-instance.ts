import { getSharedState } from "@/lib/shared-state/instance";
import { createSharedRevocationStore } from "@/lib/shared-state/revocation-store";
import { createMemoryRevocationStore, type RevocationStore } from "./revocation";

// One revocation store per server process, shared by proxy.ts and the route
// bundles (kept on globalThis because Next may load this module once per bundle).
// With REDIS_URL, revocations are in Redis, seen by every instance.
const KEY = Symbol.for("octopush-inbox.session-revocations");
type WithStore = typeof globalThis & { [KEY]?: RevocationStore };

export function getRevocationStore(): RevocationStore {
  const g = globalThis as WithStore;
  const shared = getSharedState();
  g[KEY] ??= shared ? createSharedRevocationStore(shared) : createMemoryRevocationStore();
  return g[KEY];
}
