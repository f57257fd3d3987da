// Wrong-password throttling, per account and per client address, in memory.
// Pure apart from the injected clock, so the rules are unit tested.
//
// Sliding window: failures older than `windowMs` are forgotten. Each failure
// makes the next answer slower (`delayMs`); at `maxPerAccount` failures for one
// e-mail, or `maxPerAddress` from one address, that key is refused for `lockMs`,
// even with the right password. Unknown e-mails are counted exactly like real
// ones, so the answers never tell whether an account exists.

export interface ThrottleOptions {
  now?: () => number;
  windowMs?: number;
  lockMs?: number;
  maxPerAccount?: number;
  maxPerAddress?: number;
  /** Delay after the first failure; doubles with each further one, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Bound on remembered keys, so a flood of made-up e-mails cannot grow memory without end. */
  maxKeys?: number;
}

export type ThrottleVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

interface Entry {
  failures: number[];
  lockedUntil: number;
}

export interface Throttle {
  check(account: string, address: string): ThrottleVerdict;
  recordFailure(account: string, address: string): void;
  recordSuccess(account: string): void;
}

export function createThrottle(options: ThrottleOptions = {}): Throttle {
  const now = options.now ?? Date.now;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const lockMs = options.lockMs ?? 15 * 60_000;
  const maxPerAccount = options.maxPerAccount ?? 5;
  const maxPerAddress = options.maxPerAddress ?? 20;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 4_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const entries = new Map<string, Entry>();

  const accountKey = (account: string) => `a:${account.trim().toLowerCase()}`;
  const addressKey = (address: string) => `i:${address}`;

  function live(key: string, t: number): Entry | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entry.failures = entry.failures.filter((at) => t - at < windowMs);
    if (entry.failures.length === 0 && entry.lockedUntil <= t) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function fail(key: string, max: number, t: number): void {
    const entry = live(key, t) ?? { failures: [], lockedUntil: 0 };
    entry.failures.push(t);
    if (entry.failures.length >= max) {
      entry.lockedUntil = t + lockMs;
      entry.failures = [];
    }
    entries.delete(key); // re-insert: Map order is then least recently failed first
    entries.set(key, entry);
    while (entries.size > maxKeys) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  return {
    check(account, address) {
      const t = now();
      const a = live(accountKey(account), t);
      const i = live(addressKey(address), t);
      const lockedUntil = Math.max(a?.lockedUntil ?? 0, i?.lockedUntil ?? 0);
      if (lockedUntil > t) return { allowed: false, retryAfterMs: lockedUntil - t };
      // An address gets the same slope over proportionally more attempts.
      const steps = Math.max(
        a?.failures.length ?? 0,
        Math.floor(((i?.failures.length ?? 0) * maxPerAccount) / maxPerAddress),
      );
      const delayMs = steps === 0 ? 0 : Math.min(baseDelayMs * 2 ** (steps - 1), maxDelayMs);
      return { allowed: true, delayMs };
    },
    recordFailure(account, address) {
      const t = now();
      fail(accountKey(account), maxPerAccount, t);
      fail(addressKey(address), maxPerAddress, t);
    },
    recordSuccess(account) {
      // The address keeps its count: one good password must not wash away a spray.
      const entry = entries.get(accountKey(account));
      if (entry && entry.lockedUntil <= now()) entries.delete(accountKey(account));
    },
  };
}

/** Whole minutes to wait, at least 1, for "Too many attempts. Try again in N minutes" (login.errors). */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
