import { Redis } from "ioredis";

// One Redis connection and whether it can be used right now. Every user of
// shared state asks `available()` first and falls back to its in-process state
// when it says no, so an agent's request never waits on, or fails because of,
// a Redis that is away. Commands fail fast instead of queueing (no offline queue,
// a command timeout, no per-command retry); the connection keeps coming back on
// its own. Server-side by use (reached from proxy.ts, so no "server-only" here).

export type CacheStatus = "redis" | "memory" | "degraded";

export interface SharedState {
  /** Every key it sends gets the configured prefix (ioredis keyPrefix). */
  readonly redis: Redis;
  /** Redis answers: use it. Otherwise use the in-process state. */
  available(): boolean;
  /** "redis" while available, else "degraded" (also while the first connection is being made). */
  status(): Exclude<CacheStatus, "memory">;
  /** Called each time Redis is back after an outage (not on the first connection). */
  onRecover(listener: () => void): void;
  /** Ends the connection; no warning is logged for it. */
  close(): Promise<void>;
}

export interface SharedStateOptions {
  url: string;
  prefix: string;
  /** Where the two lines (fallen back, back again) go. */
  log?: Pick<Console, "warn">;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
}

/** host:port only: a REDIS_URL may carry a password, which never goes to a log. */
export function redisWhere(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}

export function createSharedState(options: SharedStateOptions): SharedState {
  const log = options.log ?? console;
  const where = redisWhere(options.url);
  const redis = new Redis(options.url, {
    keyPrefix: options.prefix,
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Keep trying for ever, at most every 2 s: the fallback holds meanwhile.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let state: "starting" | "up" | "down" = "starting";
  let closing = false;
  const listeners: Array<() => void> = [];

  redis.on("ready", () => {
    const was = state;
    state = "up";
    if (was !== "down") return;
    log.warn(`[shared-state] Redis at ${where} is back: state is shared across instances again`);
    for (const listener of listeners) listener();
  });
  const lost = () => {
    if (closing || state === "down") return;
    state = "down";
    log.warn(
      `[shared-state] Redis at ${where} is unreachable: this instance falls back to in-process state (cache, de-duplication, call cap, sign-in throttle, sign-outs) until it returns`,
    );
  };
  redis.on("close", lost);
  // Reconnection errors repeat every few seconds; "close" above says it once.
  redis.on("error", () => {});
  redis.connect().catch(() => {});

  return {
    redis,
    available: () => state === "up" && redis.status === "ready",
    status: () => (state === "up" && redis.status === "ready" ? "redis" : "degraded"),
    onRecover: (listener) => void listeners.push(listener),
    async close() {
      closing = true;
      redis.disconnect();
    },
  };
}
