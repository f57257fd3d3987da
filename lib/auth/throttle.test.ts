import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createThrottle, retryAfterMinutes, type Throttle } from "./throttle";

// rate-limiter-flexible reads Date.now and sets timers: fake timers are the injected clock.
const MIN = 60_000;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-06-02T08:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

/** n attempts that turn out wrong (the reservation is the failure: nothing more to record). */
async function fail(throttle: Throttle, n: number, account: string | ((i: number) => string), address: string) {
  for (let i = 0; i < n; i += 1) await throttle.reserve(typeof account === "string" ? account : account(i), address);
}

describe("createThrottle", () => {
  it("lets the first attempt through at once, then slows each further one down", async () => {
    const throttle = createThrottle();
    const delays: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const verdict = await throttle.reserve("alex@acme.example", "10.0.0.1");
      if (!verdict.allowed) throw new Error("refused too early");
      delays.push(verdict.delayMs);
    }
    expect(delays).toEqual([0, 250, 500, 1000, 2000]);
  });

  it("lets at most 5 attempts at one account through, however many arrive at once", async () => {
    const throttle = createThrottle();
    const verdicts = await Promise.all(
      Array.from({ length: 60 }, (_, i) => throttle.reserve("alex@acme.example", `10.0.${Math.floor(i / 20)}.${i}`)),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    expect(verdicts.filter((v) => !v.allowed)[0]).toEqual({ allowed: false, retryAfterMs: 15 * MIN });
  });

  it("refuses an account for 15 minutes after 5 failures, right password or not, from any address", async () => {
    const throttle = createThrottle();
    await fail(throttle, 5, "Alex@acme.example", "10.0.0.1");
    expect(await throttle.reserve("alex@acme.example", "10.9.9.9")).toEqual({ allowed: false, retryAfterMs: 15 * MIN });
    vi.advanceTimersByTime(14 * MIN);
    expect(await throttle.reserve("alex@acme.example", "10.9.9.9")).toEqual({ allowed: false, retryAfterMs: MIN });
    vi.advanceTimersByTime(MIN);
    expect(await throttle.reserve("alex@acme.example", "10.9.9.9")).toEqual({ allowed: true, delayMs: 0 });
  });

  it("counts failures for 15 minutes from the first one, then starts again", async () => {
    const throttle = createThrottle();
    await fail(throttle, 1, "alex@acme.example", "10.0.0.1");
    vi.advanceTimersByTime(10 * MIN);
    await fail(throttle, 3, "alex@acme.example", "10.0.0.1");
    vi.advanceTimersByTime(5 * MIN);
    // The window that began with the first failure has closed: four more are counted afresh.
    const verdicts = [];
    for (let i = 0; i < 5; i += 1) verdicts.push(await throttle.reserve("alex@acme.example", "10.0.0.2"));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, true, true]);
    expect((await throttle.reserve("alex@acme.example", "10.0.0.2")).allowed).toBe(false);
  });

  it("refuses an address after 20 failures across many accounts (password spraying)", async () => {
    const throttle = createThrottle();
    await fail(throttle, 20, (i) => `user${i}@acme.example`, "203.0.113.7");
    expect(await throttle.reserve("new@acme.example", "203.0.113.7")).toEqual({
      allowed: false,
      retryAfterMs: 15 * MIN,
    });
    expect((await throttle.reserve("new@acme.example", "198.51.100.1")).allowed).toBe(true);
  });

  it("does not count an attempt the address refused against the account", async () => {
    const throttle = createThrottle();
    await fail(throttle, 20, (i) => `user${i}@acme.example`, "203.0.113.7");
    await fail(throttle, 10, "alex@acme.example", "203.0.113.7");
    expect(await throttle.reserve("alex@acme.example", "198.51.100.1")).toEqual({ allowed: true, delayMs: 0 });
  });

  it("treats unknown and real accounts alike: the verdict depends only on the counts", async () => {
    const throttle = createThrottle();
    await fail(throttle, 2, "alex@acme.example", "10.0.0.1");
    await fail(throttle, 2, "nobody@acme.example", "10.0.0.2");
    expect(await throttle.reserve("nobody@acme.example", "10.0.0.3")).toEqual(
      await throttle.reserve("alex@acme.example", "10.0.0.4"),
    );
  });

  it("a right password clears the account's count and returns the address's point, but ends no lock", async () => {
    const throttle = createThrottle();
    await fail(throttle, 3, "alex@acme.example", "10.0.0.1");
    await throttle.reserve("alex@acme.example", "10.0.0.1");
    await throttle.recordSuccess("alex@acme.example", "10.0.0.1");
    expect(await throttle.reserve("alex@acme.example", "10.0.0.2")).toEqual({ allowed: true, delayMs: 0 });

    await fail(throttle, 6, "bob@acme.example", "10.0.0.3");
    await throttle.recordSuccess("bob@acme.example", "10.0.0.3");
    expect((await throttle.reserve("bob@acme.example", "10.0.0.4")).allowed).toBe(false);
  });

  it("caps the delay", async () => {
    const throttle = createThrottle({ maxPerAccount: 100, maxPerAddress: 1000 });
    await fail(throttle, 20, "alex@acme.example", "10.0.0.1");
    expect(await throttle.reserve("alex@acme.example", "10.0.0.9")).toEqual({ allowed: true, delayMs: 4000 });
  });
});

describe("createThrottle: memory stays bounded, locks stay", () => {
  it("keeps a locked account locked after 10,000 junk attempts from 10,000 addresses", async () => {
    const throttle = createThrottle();
    await fail(throttle, 6, "alex@acme.example", "10.0.0.1");
    for (let i = 0; i < 10_000; i += 1) {
      await throttle.reserve(`junk-${i}@spam.example`, `2001:db8::${i.toString(16)}`);
    }
    expect(await throttle.reserve("alex@acme.example", "10.9.9.9")).toEqual({
      allowed: false,
      retryAfterMs: 15 * MIN,
    });
    // A guard against a hang, not a speed requirement: 10,000 reservations take seconds on a busy machine.
  }, 60_000);

  it("forgets the least recently used unlocked keys first, accounts and addresses each within their bound", async () => {
    const throttle = createThrottle({ maxAccountKeys: 10, maxAddressKeys: 10 });
    await fail(throttle, 6, "locked@acme.example", "10.0.0.1");
    await fail(throttle, 3, "counted@acme.example", "10.0.0.2");
    await fail(throttle, 20, (i) => `sprayed${i}@acme.example`, "203.0.113.7");
    // Accounts: 22 keys for 10 places. The lock stayed; the three failures of "counted" were forgotten.
    expect((await throttle.reserve("locked@acme.example", "10.0.0.9")).allowed).toBe(false);
    expect(await throttle.reserve("counted@acme.example", "10.0.0.9")).toEqual({ allowed: true, delayMs: 0 });
    // Addresses: junk from 30 other addresses does not wash out the sprayer's lock.
    for (let i = 0; i < 30; i += 1) await throttle.reserve(`x${i}@acme.example`, `198.51.100.${i}`);
    expect((await throttle.reserve("fresh@acme.example", "203.0.113.7")).allowed).toBe(false);
  });
});

describe("retryAfterMinutes", () => {
  it("rounds up to whole minutes, never 0 (login.errors.tooManyAttempts says them)", () => {
    expect(retryAfterMinutes(15 * MIN)).toBe(15);
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(0)).toBe(1);
    expect(retryAfterMinutes(61_000)).toBe(2);
  });
});
