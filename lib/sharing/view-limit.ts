import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

// Views of /s/<token>, counted per token and per client address, before the token
// is even looked up: an address that guesses tokens is refused after
// `perAddress` tries whatever it guesses; a leaked link read by a crowd is
// refused after `perToken`. In Redis (shared by every instance, with an
// in-memory insurance limiter while Redis is away) or in process.

export interface ViewLimitOptions {
  perToken: number;
  perAddress: number;
  windowSeconds: number;
  /** An ioredis client; without it, counts are per process. */
  storeClient?: unknown;
  keyPrefix?: string;
}

export type ViewVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface ViewLimit {
  take(token: string, address: string): Promise<ViewVerdict>;
}

function limiter(options: ViewLimitOptions, kind: string, points: number): RateLimiterAbstract {
  const limits = {
    keyPrefix: `${options.keyPrefix ?? "share-views"}:${kind}`,
    points,
    duration: options.windowSeconds,
  };
  if (!options.storeClient) return new RateLimiterMemory(limits);
  return new RateLimiterRedis({
    ...limits,
    storeClient: options.storeClient,
    insuranceLimiter: new RateLimiterMemory(limits),
    rejectIfRedisNotReady: true,
  });
}

async function consume(l: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await l.consume(key);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
}

export function createViewLimit(options: ViewLimitOptions): ViewLimit {
  const byAddress = limiter(options, "address", options.perAddress);
  const byToken = limiter(options, "token", options.perToken);
  return {
    async take(token, address) {
      const addressWait = await consume(byAddress, address);
      if (addressWait !== null) return { allowed: false, retryAfterSeconds: addressWait };
      // Keyed by a prefix of the token's hash, never the token itself.
      const tokenWait = await consume(byToken, token);
      if (tokenWait !== null) return { allowed: false, retryAfterSeconds: tokenWait };
      return { allowed: true };
    },
  };
}
