import { describe, expect, it } from "vitest";
import { backoffWindow, withRetry, type RetryPolicy } from "./retry";

// A fake clock: sleeping moves time on, so budgets are tested without waiting.
function fakeTime(random = () => 1) {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => (now += ms),
  };
}

class Retryable extends Error {
  constructor(readonly retryAfterMs?: number) {
    super("retryable");
  }
}
const hooks = {
  isRetryable: (e: unknown) => e instanceof Retryable,
  retryAfterMs: (e: unknown) => (e instanceof Retryable ? e.retryAfterMs : undefined),
};
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300, budgetMs: 10_000 };

function failing(times: number, error: () => Error = () => new Retryable()) {
  let calls = 0;
  const task = async () => {
    calls++;
    if (calls <= times) throw error();
    return "ok";
  };
  return { task, calls: () => calls };
}

describe("withRetry", () => {
  it("retries what may be retried, with a back-off window that doubles up to the cap", async () => {
    const time = fakeTime();
    const { task, calls } = failing(3);
    await expect(withRetry(task, policy, { ...hooks, ...time })).resolves.toBe("ok");
    expect(calls()).toBe(4);
    expect(time.sleeps).toEqual([100, 200, 300]);
    expect([1, 2, 3, 4].map((n) => backoffWindow(policy, n))).toEqual([100, 200, 300, 300]);
  });

  it("draws each delay from the full window (jitter)", async () => {
    const time = fakeTime(() => 0.5);
    await withRetry(failing(2).task, policy, { ...hooks, ...time });
    expect(time.sleeps).toEqual([50, 100]);
  });

  it("never waits less than the other side asked", async () => {
    const time = fakeTime(() => 0);
    await withRetry(failing(1, () => new Retryable(1500)).task, policy, { ...hooks, ...time });
    expect(time.sleeps).toEqual([1500]);
  });

  it("gives up after maxAttempts with the last error, and never retries the rest", async () => {
    const time = fakeTime();
    const always = failing(99);
    await expect(withRetry(always.task, policy, { ...hooks, ...time })).rejects.toBeInstanceOf(Retryable);
    expect(always.calls()).toBe(4);

    const fatal = failing(99, () => new Error("fatal"));
    await expect(withRetry(fatal.task, policy, { ...hooks, ...time })).rejects.toThrow("fatal");
    expect(fatal.calls()).toBe(1);
  });

  it("starts no retry past the budget, counting the time the tries took", async () => {
    const time = fakeTime();
    let calls = 0;
    const slow = async () => {
      calls++;
      time.advance(400); // each try takes 400 ms
      throw new Retryable();
    };
    const tight = { ...policy, maxAttempts: 10, budgetMs: 1000 };
    await expect(withRetry(slow, tight, { ...hooks, ...time })).rejects.toBeInstanceOf(Retryable);
    // Try 1 ends at 400 and waits 100; try 2 ends at 900, and a 200 ms wait would start try 3 at 1100.
    expect(calls).toBe(2);
    expect(time.now()).toBeLessThanOrEqual(tight.budgetMs + 400);
  });
});
