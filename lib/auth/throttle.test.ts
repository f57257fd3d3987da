import { describe, expect, it } from "vitest";
import { createThrottle, retryAfterMinutes } from "./throttle";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const MIN = 60_000;

describe("createThrottle", () => {
  it("lets the first attempt through at once, then slows each further one down", () => {
    const c = clock();
    const throttle = createThrottle({ now: c.now });
    const delays: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const verdict = throttle.check("alex@acme.example", "10.0.0.1");
      if (!verdict.allowed) throw new Error("refused too early");
      delays.push(verdict.delayMs);
      throttle.recordFailure("alex@acme.example", "10.0.0.1");
    }
    expect(delays).toEqual([0, 250, 500, 1000]);
  });

  it("refuses an account for 15 minutes after 5 failures in 15 minutes, even from another address", () => {
    const c = clock();
    const throttle = createThrottle({ now: c.now });
    for (let i = 0; i < 5; i += 1) throttle.recordFailure("Alex@acme.example", `10.0.0.${i}`);
    expect(throttle.check("alex@acme.example", "10.9.9.9")).toEqual({ allowed: false, retryAfterMs: 15 * MIN });
    c.advance(14 * MIN);
    expect(throttle.check("alex@acme.example", "10.9.9.9")).toEqual({ allowed: false, retryAfterMs: MIN });
    c.advance(MIN);
    expect(throttle.check("alex@acme.example", "10.9.9.9")).toEqual({ allowed: true, delayMs: 0 });
  });

  it("forgets failures older than the window (sliding, not fixed)", () => {
    const c = clock();
    const throttle = createThrottle({ now: c.now });
    for (const at of [0, 5, 10, 14]) {
      c.advance(at * MIN - (c.now() - 1_000_000));
      throttle.recordFailure("alex@acme.example", "10.0.0.1");
    }
    // Failures at 0, 5, 10, 14 min; at 16 the first has left the window, so a fifth does not lock.
    c.advance(2 * MIN);
    throttle.recordFailure("alex@acme.example", "10.0.0.1");
    expect(throttle.check("alex@acme.example", "10.0.0.1").allowed).toBe(true);
    throttle.recordFailure("alex@acme.example", "10.0.0.1");
    expect(throttle.check("alex@acme.example", "10.0.0.1").allowed).toBe(false);
  });

  it("refuses an address after 20 failures across many accounts (password spraying)", () => {
    const c = clock();
    const throttle = createThrottle({ now: c.now });
    for (let i = 0; i < 19; i += 1) throttle.recordFailure(`user${i}@acme.example`, "203.0.113.7");
    expect(throttle.check("new@acme.example", "203.0.113.7").allowed).toBe(true);
    throttle.recordFailure("user19@acme.example", "203.0.113.7");
    expect(throttle.check("new@acme.example", "203.0.113.7")).toEqual({ allowed: false, retryAfterMs: 15 * MIN });
    expect(throttle.check("new@acme.example", "198.51.100.1").allowed).toBe(true);
  });

  it("treats unknown and real accounts alike: the verdict depends only on the counts", () => {
    const throttle = createThrottle({ now: clock().now });
    for (let i = 0; i < 2; i += 1) {
      throttle.recordFailure("alex@acme.example", "10.0.0.1");
      throttle.recordFailure("nobody@acme.example", "10.0.0.2");
    }
    expect(throttle.check("nobody@acme.example", "10.0.0.3")).toEqual(throttle.check("alex@acme.example", "10.0.0.4"));
  });

  it("a success clears the account's count but not a lock", () => {
    const c = clock();
    const throttle = createThrottle({ now: c.now });
    for (let i = 0; i < 3; i += 1) throttle.recordFailure("alex@acme.example", "10.0.0.1");
    throttle.recordSuccess("alex@acme.example");
    expect(throttle.check("alex@acme.example", "10.0.0.2")).toEqual({ allowed: true, delayMs: 0 });
    for (let i = 0; i < 5; i += 1) throttle.recordFailure("alex@acme.example", "10.0.0.1");
    throttle.recordSuccess("alex@acme.example");
    expect(throttle.check("alex@acme.example", "10.0.0.2").allowed).toBe(false);
  });

  it("caps the delay and the memory it uses", () => {
    const throttle = createThrottle({
      now: clock().now,
      maxPerAccount: 100,
      maxPerAddress: 1000,
      maxDelayMs: 4000,
      maxKeys: 10,
    });
    for (let i = 0; i < 20; i += 1) throttle.recordFailure("alex@acme.example", "10.0.0.1");
    expect(throttle.check("alex@acme.example", "10.0.0.9")).toEqual({ allowed: true, delayMs: 4000 });
    for (let i = 0; i < 50; i += 1) throttle.recordFailure(`u${i}@acme.example`, `10.1.0.${i}`);
    // The oldest keys were evicted: alex's history is gone.
    expect(throttle.check("alex@acme.example", "10.0.0.9")).toEqual({ allowed: true, delayMs: 0 });
  });
});

describe("retryAfterMinutes", () => {
  it("rounds up to whole minutes, never 0", () => {
    expect(retryAfterMinutes(15 * MIN)).toBe(15);
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(0)).toBe(1);
    expect(retryAfterMinutes(61_000)).toBe(2);
  });
});
