// Retries with full-jitter exponential back-off inside a total time budget.
// Generic: what may be retried, and how long the other side asked us to wait,
// come from the caller. Defaults live in lib/config/env.ts (GATEWAY_DEFAULTS).

export interface RetryPolicy {
  /** Total tries, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts after this much time since the first try (so a call ends within budgetMs + one try). */
  budgetMs: number;
}

export interface RetryHooks {
  isRetryable(error: unknown): boolean;
  /** The least the other side asked us to wait (Retry-After), if it said. */
  retryAfterMs?(error: unknown): number | undefined;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The window the n-th retry's delay is drawn from (attempt = the try that just failed, from 1). */
export function backoffWindow(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

export async function withRetry<T>(task: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  const now = hooks.now ?? Date.now;
  const random = hooks.random ?? Math.random;
  const sleep = hooks.sleep ?? realSleep;
  const started = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (!hooks.isRetryable(error) || attempt >= policy.maxAttempts) throw error;
      // Full jitter, but never sooner than the other side asked.
      const delay = Math.max(hooks.retryAfterMs?.(error) ?? 0, random() * backoffWindow(policy, attempt));
      if (now() - started + delay > policy.budgetMs) throw error;
      await sleep(delay);
    }
  }
}
