import { describe, expect, it } from "vitest";
import { createSingleFlight } from "./single-flight";

describe("single-flight", () => {
  it("makes identical concurrent calls once and gives every caller the answer", async () => {
    const flights = createSingleFlight();
    let calls = 0;
    let release!: (value: string) => void;
    const task = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const answers = Promise.all(Array.from({ length: 10 }, () => flights.run("a", task)));
    const other = flights.run("b", () => Promise.resolve("b"));
    expect(flights.size).toBe(2);
    release("a");
    expect(await answers).toEqual(Array(10).fill("a"));
    expect(await other).toBe("b");
    expect(calls).toBe(1);
    expect(flights.size).toBe(0);
  });

  it("shares a failure with the callers in flight, and asks again afterwards", async () => {
    const flights = createSingleFlight();
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error(`failure ${calls}`));
    };
    const results = await Promise.allSettled([flights.run("k", failing), flights.run("k", failing)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(calls).toBe(1);
    await expect(flights.run("k", failing)).rejects.toThrow("failure 2");
  });
});
