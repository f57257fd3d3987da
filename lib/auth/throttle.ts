import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { KeyBound } from "./key-bound";

// Wrong-password throttling, per account and per client address.
//
// Reserve, then check: an attempt takes its point *before* the password is
// hashed, in one atomic step per key (rate-limiter-flexible's consume), so
// however many attempts arrive at once, at most `maxPerAccount` passwords are
// ever checked for one account. A right password gives the point back.
//
// Rules: each counted attempt makes the next answer slower (`delayMs`); the
// attempt after `maxPerAccount` for one e-mail, or after `maxPerAddress` from one
// address, within `windowMs` of the first, is refused and locks that e-mail or
// address for `lockMs`, right password or not. Unknown e-mails are counted exactly
// like real ones, so the answers never tell whether an account exists.
//
// Counts live in this process (RateLimiterMemory, bounded by KeyBound) or, given
// a Redis client, in Redis, shared by every instance, with an in-memory
// insurance limiter while Redis is unreachable.

export interface ThrottleOptions {
  windowMs?: number;
  lockMs?: number;
  maxPerAccount?: number;
  maxPerAddress?: number;
  /** Delay after the first counted attempt; doubles with each further one, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** In memory only: bounds on remembered account keys and address keys, each on its own. */
  maxAccountKeys?: number;
  maxAddressKeys?: number;
  /** An ioredis client: counts shared by all instances. Without it, counts are per process. */
  storeClient?: unknown;
  keyPrefix?: string;
}

export type ThrottleVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

export interface Throttle {
  /** Takes one attempt for this account and address, before the password is checked. */
  reserve(account: string, address: string): Promise<ThrottleVerdict>;
  /** The password was right: the account's count is cleared (not a lock) and the address's point returned. */
  recordSuccess(account: string, address: string): Promise<void>;
}

interface Count {
  allowed: boolean;
  count: number;
  msBeforeNext: number;
}

/** One kind of key (accounts or addresses) over one rate-limiter-flexible limiter. */
class Counter {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly max: number,
    private readonly bound: KeyBound | null,
  ) {}

  async consume(key: string): Promise<Count> {
    let result: Count;
    try {
      const res = await this.limiter.consume(key);
      result = { allowed: true, count: res.consumedPoints, msBeforeNext: res.msBeforeNext };
    } catch (error) {
      // Over the limit is a RateLimiterRes; anything else (the store failing with no insurance) is a real error.
      if (!(error instanceof RateLimiterRes)) throw error;
      result = { allowed: false, count: error.consumedPoints, msBeforeNext: error.msBeforeNext };
    }
    // At the limit the next attempt locks the key: keep it like a lock, or junk could flush it first.
    this.bound?.touch(key, result.count >= this.max ? Date.now() + result.msBeforeNext : undefined);
    return result;
  }

  async peek(key: string): Promise<Count | null> {
    const res = await this.limiter.get(key);
    if (!res || res.msBeforeNext <= 0) return null;
    return { allowed: res.consumedPoints <= this.max, count: res.consumedPoints, msBeforeNext: res.msBeforeNext };
  }

  async refund(key: string): Promise<void> {
    const current = await this.peek(key);
    // Only a live count: a reward on a key that has expired would start it below zero.
    if (current && current.count > 0) await this.limiter.reward(key, 1);
  }

  async clear(key: string): Promise<void> {
    await this.limiter.delete(key);
    this.bound?.remove(key);
  }
}

export function createThrottle(options: ThrottleOptions = {}): Throttle {
  const windowMs = options.windowMs ?? 15 * 60_000;
  const lockMs = options.lockMs ?? 15 * 60_000;
  const maxPerAccount = options.maxPerAccount ?? 5;
  const maxPerAddress = options.maxPerAddress ?? 20;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 4_000;
  const prefix = options.keyPrefix ?? "inbox:sign-in";

  function counter(kind: "account" | "address", points: number, maxKeys: number): Counter {
    const limits = {
      keyPrefix: `${prefix}:${kind}`,
      points,
      duration: Math.ceil(windowMs / 1000),
      blockDuration: Math.ceil(lockMs / 1000),
    };
    if (options.storeClient) {
      const insuranceLimiter = new RateLimiterMemory(limits);
      return new Counter(
        // Not ready: straight to the insurance limiter instead of waiting on a connection.
        new RateLimiterRedis({
          ...limits,
          storeClient: options.storeClient,
          insuranceLimiter,
          rejectIfRedisNotReady: true,
        }),
        points,
        null,
      );
    }
    const limiter = new RateLimiterMemory(limits);
    const bound = new KeyBound(maxKeys, (key) => void limiter.delete(key));
    return new Counter(limiter, points, bound);
  }

  const accounts = counter("account", maxPerAccount, options.maxAccountKeys ?? 10_000);
  const addresses = counter("address", maxPerAddress, options.maxAddressKeys ?? 10_000);
  const accountKey = (account: string) => account.trim().toLowerCase();

  function delayFor(accountCount: number, addressCount: number): number {
    // Counts include this attempt; the slope follows the ones before it. An address
    // gets the same slope over proportionally more attempts.
    const steps = Math.max(accountCount - 1, Math.floor(((addressCount - 1) * maxPerAccount) / maxPerAddress));
    return steps <= 0 ? 0 : Math.min(baseDelayMs * 2 ** (steps - 1), maxDelayMs);
  }

  return {
    async reserve(account, address) {
      // A locked address refuses without touching the account's count.
      const byAddress = await addresses.peek(address);
      if (byAddress && !byAddress.allowed) return { allowed: false, retryAfterMs: byAddress.msBeforeNext };
      const a = await accounts.consume(accountKey(account));
      if (!a.allowed) return { allowed: false, retryAfterMs: a.msBeforeNext };
      const i = await addresses.consume(address);
      if (!i.allowed) {
        // Refused for the address: no password is checked, so the account's point goes back.
        await accounts.refund(accountKey(account));
        return { allowed: false, retryAfterMs: i.msBeforeNext };
      }
      return { allowed: true, delayMs: delayFor(a.count, i.count) };
    },
    async recordSuccess(account, address) {
      const key = accountKey(account);
      const current = await accounts.peek(key);
      // A lock set by a parallel attempt stays.
      if (!current || current.allowed) await accounts.clear(key);
      // The address keeps its other points: one good password must not wash away a spray.
      await addresses.refund(address);
    },
  };
}

/** Whole minutes to wait, at least 1, for "Too many attempts. Try again in N minutes" (login.errors). */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
