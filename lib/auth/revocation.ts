// Ended sessions. A session is a signed cookie (JWT) that any instance accepts
// until it expires; signing out (or an administrator disabling an agent) must end
// it before then, so each session carries an id (`sid`) and every request asks
// the store whether that id was revoked (lib/auth/config.ts, the jwt callback,
// which runs in proxy.ts and in every auth() call).
//
// A revocation is kept until the session would have expired anyway, then
// forgotten. The in-memory store is per process; with REDIS_URL the store is
// shared by all instances (lib/shared-state/revocation-store.ts), behind this
// same interface.

export interface RevocationStore {
  /** Ends session `id`; remembered until `untilEpochSeconds`, when the session would have expired. */
  revoke(id: string, untilEpochSeconds: number): Promise<void>;
  isRevoked(id: string): Promise<boolean>;
}

export interface MemoryRevocationOptions {
  /** Epoch milliseconds; injected by tests. */
  now?: () => number;
  /** Bound on remembered revocations; past it the one that expires soonest goes first. */
  maxEntries?: number;
}

/**
 * In this process only. Entries are only added by signing out, which takes a valid
 * session, so the bound is a safety net: 100,000 sign-outs within one session
 * lifetime. Forgetting one early would let its copied cookie in again; the log says so.
 */
export function createMemoryRevocationStore(options: MemoryRevocationOptions = {}): RevocationStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  const until = new Map<string, number>();

  function dropExpired(): void {
    const t = now() / 1000;
    for (const [id, end] of until) if (end <= t) until.delete(id);
  }

  return {
    async revoke(id, untilEpochSeconds) {
      if (untilEpochSeconds <= now() / 1000) return;
      until.set(id, Math.max(until.get(id) ?? 0, untilEpochSeconds));
      if (until.size <= maxEntries) return;
      dropExpired();
      while (until.size > maxEntries) {
        let soonest: [string, number] | undefined;
        for (const entry of until) if (!soonest || entry[1] < soonest[1]) soonest = entry;
        if (!soonest) break;
        until.delete(soonest[0]);
        console.warn("[auth] revocation store full: forgot the revocation that expires soonest");
      }
    },
    async isRevoked(id) {
      const end = until.get(id);
      if (end === undefined) return false;
      if (end > now() / 1000) return true;
      until.delete(id);
      return false;
    },
  };
}
