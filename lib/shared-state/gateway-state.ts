import { Mutex, Semaphore, TimeoutError } from "redis-semaphore";
import { createLimiter } from "@/lib/resilience/limiter";
import { createSingleFlight } from "@/lib/resilience/single-flight";
import { createTtlCache } from "@/lib/resilience/ttl-cache";
import type { SharedState } from "./connection";
import { requestId } from "./keys";

// What the Octopush gateway keeps between calls: the short answer cache,
// de-duplication of identical calls in flight, and the cap on concurrent calls.
// In process (REDIS_URL unset: lib/resilience/ as before), or in Redis for every
// instance using the same Octopush account, with the in-process state as the
// fallback whenever Redis is away.

export interface GatewayState<T> {
  /** The cached answer for `key`, or `task` run once for everyone asking at the same time; successes are cached. */
  once(key: string, task: () => Promise<T>): Promise<T>;
  /** Runs `task` within the cap on concurrent calls to Octopush. */
  limit<R>(task: () => Promise<R>): Promise<R>;
}

export interface GatewayStateOptions {
  maxConcurrent: number;
  /** 0 turns the cache off (de-duplication stays). */
  cacheTtlMs: number;
  cacheMaxEntries: number;
}

export function createMemoryGatewayState<T>(options: GatewayStateOptions): GatewayState<T> {
  const flights = createSingleFlight();
  const limiter = createLimiter(options.maxConcurrent);
  const cache = createTtlCache<T>(options.cacheTtlMs, options.cacheMaxEntries);
  return {
    once(key, task) {
      const cached = cache.get(key);
      if (cached !== undefined) return Promise.resolve(cached);
      return flights.run(key, () =>
        task().then((result) => {
          cache.set(key, result); // successes only: an error is asked again next time
          return result;
        }),
      );
    },
    limit: (task) => limiter.run(task),
  };
}

export interface RedisGatewayStateOptions extends GatewayStateOptions {
  /** The Octopush account (lib/shared-state/keys.ts credentialScope): one cap and one cache per account. */
  scope: string;
  /** Longest one call may hold a slot or a request's lock; a crashed instance's hold ends after it. */
  holdMs: number;
  /** Longest a caller waits for another instance's identical call, or for a slot, before acting alone. */
  waitMs: number;
  /** How often a waiting caller looks again. */
  pollMs?: number;
}

const FAILED = "!failed";
/** The leader's answer is kept this long for the callers waiting on it (they poll far more often). */
const RESULT_TTL_MS = 10_000;

const noop = () => {};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers are JSON in Redis. De-duplication across instances: the first caller
 * takes a lock for the request (a redis-semaphore Mutex whose identifier names
 * this flight), calls Octopush and stores the answer under the flight's name;
 * the others poll for it, and make their own call if the leader fails, vanishes
 * or takes longer than `waitMs`. Within one instance identical callers share
 * one promise first, so only one of them talks to Redis.
 */
export function createRedisGatewayState<T>(shared: SharedState, options: RedisGatewayStateOptions): GatewayState<T> {
  const fallback = createMemoryGatewayState<T>(options);
  const local = createSingleFlight();
  // Also the cap while Redis is away; with Redis it keeps this instance's waiters
  // (who poll Redis) to at most the global cap.
  const localCap = createLimiter(options.maxConcurrent);
  const pollMs = options.pollMs ?? 25;
  const { scope } = options;
  const { redis } = shared;

  const cacheKey = (id: string) => `cache:${scope}:${id}`;
  const lockName = (id: string) => `flight:${scope}:${id}`;
  // redis-semaphore stores a Mutex at `mutex:<name>` (its README).
  const lockKey = (id: string) => `mutex:${lockName(id)}`;
  const resultKey = (id: string, flight: string) => `flight-result:${scope}:${id}:${flight}`;

  async function remember(id: string, value: T, flight?: string): Promise<void> {
    const json = JSON.stringify(value);
    const writes: Array<Promise<unknown>> = [];
    if (options.cacheTtlMs > 0) writes.push(redis.set(cacheKey(id), json, "PX", options.cacheTtlMs));
    if (flight) writes.push(redis.set(resultKey(id, flight), json, "PX", RESULT_TTL_MS));
    await Promise.all(writes).catch(noop);
  }

  async function alone(id: string, task: () => Promise<T>): Promise<T> {
    const value = await task();
    await remember(id, value);
    return value;
  }

  /** The leader's answer, or null when it failed, vanished or took too long. */
  async function follow(id: string): Promise<T | null> {
    const flight = await redis.get(lockKey(id));
    if (flight === null) return null;
    const deadline = Date.now() + options.waitMs;
    while (Date.now() < deadline) {
      await sleep(pollMs);
      // One atomic read: the leader stores its answer before it lets the lock go.
      const [result, holder]: Array<string | null> = await redis.mget(resultKey(id, flight), lockKey(id));
      if (result === FAILED) return null;
      if (result !== null && result !== undefined) return JSON.parse(result) as T;
      if (holder !== flight) return null;
    }
    return null;
  }

  async function acrossInstances(key: string, task: () => Promise<T>): Promise<T> {
    const id = requestId(key);
    const mutex = new Mutex(redis, lockName(id), {
      lockTimeout: options.holdMs,
      acquireAttemptsLimit: 1,
      onLockLost: noop,
    });
    // Only Redis's own failures are caught here; the task's errors are the caller's.
    let followed: { answer: T | null } | undefined;
    try {
      const hit = await redis.get(cacheKey(id));
      if (hit !== null) return JSON.parse(hit) as T;
      if (!(await mutex.tryAcquire())) followed = { answer: await follow(id) };
    } catch {
      // Redis went away in the middle: this instance carries on by itself.
      return fallback.once(key, task);
    }
    if (followed) return followed.answer ?? alone(id, task);
    try {
      const value = await task();
      await remember(id, value, mutex.identifier);
      return value;
    } catch (error) {
      await redis.set(resultKey(id, mutex.identifier), FAILED, "PX", RESULT_TTL_MS).catch(noop);
      throw error;
    } finally {
      await mutex.release().catch(noop);
    }
  }

  async function withGlobalSlot<R>(task: () => Promise<R>): Promise<R> {
    if (!shared.available()) return task();
    const semaphore = new Semaphore(redis, `octopush:${scope}`, options.maxConcurrent, {
      lockTimeout: options.holdMs,
      acquireTimeout: options.waitMs,
      retryInterval: pollMs,
      onLockLost: noop,
    });
    try {
      await semaphore.acquire();
    } catch (error) {
      if (error instanceof TimeoutError) {
        throw new DOMException("No slot for an Octopush call came free in time", "TimeoutError");
      }
      return task(); // Redis went away while waiting: the local cap still holds
    }
    try {
      return await task();
    } finally {
      await semaphore.release().catch(noop);
    }
  }

  return {
    once(key, task) {
      if (!shared.available()) return fallback.once(key, task);
      return local.run(key, () => acrossInstances(key, task));
    },
    limit: (task) => localCap.run(() => withGlobalSlot(task)),
  };
}
