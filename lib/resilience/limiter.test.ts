import { describe, expect, it } from "vitest";
import { createLimiter } from "./limiter";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("the concurrency limiter", () => {
  it("runs at most max tasks at once, the others in arrival order", async () => {
    const limiter = createLimiter(2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      limiter.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.active).toBe(2);
    expect(limiter.waiting).toBe(3);

    gates[1]!.resolve();
    await runs[1];
    await expect.poll(() => started).toEqual([0, 1, 2]);
    expect(limiter.active).toBe(2);

    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(limiter.active).toBe(0);
    expect(limiter.waiting).toBe(0);
  });

  it("never lets a newcomer take a slot that was handed to a waiting task", async () => {
    const limiter = createLimiter(1);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await Promise.resolve();
      running--;
    };
    const first = limiter.run(task);
    const second = limiter.run(task);
    await first;
    // The slot now belongs to `second`; a call made at this very moment must wait.
    const third = limiter.run(task);
    await Promise.all([second, third]);
    expect(peak).toBe(1);
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(() => Promise.resolve("next"))).resolves.toBe("next");
    expect(limiter.active).toBe(0);
  });
});
