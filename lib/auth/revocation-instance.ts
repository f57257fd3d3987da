import { createMemoryRevocationStore, type RevocationStore } from "./revocation";

// One revocation store per server process, shared by proxy.ts and the route
// bundles (kept on globalThis because Next may load this module once per bundle).
// With several instances, a shared store (Redis, the database) replaces it here.
const KEY = Symbol.for("octopush-inbox.session-revocations");
type WithStore = typeof globalThis & { [KEY]?: RevocationStore };

export function getRevocationStore(): RevocationStore {
  const g = globalThis as WithStore;
  g[KEY] ??= createMemoryRevocationStore();
  return g[KEY];
}
