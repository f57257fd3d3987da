import { describe, expect, it } from "vitest";
import { KeyBound } from "./key-bound";

function bound(max: number) {
  let t = 0;
  const forgotten: string[] = [];
  const keys = new KeyBound(
    max,
    (key) => forgotten.push(key),
    () => t,
  );
  return { keys, forgotten, advance: (ms: number) => void (t += ms), now: () => t };
}

describe("KeyBound", () => {
  it("forgets the least recently used key over the bound", () => {
    const { keys, forgotten } = bound(2);
    keys.touch("a");
    keys.touch("b");
    keys.touch("a");
    keys.touch("c");
    expect(forgotten).toEqual(["b"]);
    expect(keys.size).toBe(2);
  });

  it("forgets unlocked keys before locked ones, and the oldest lock only when all are locked", () => {
    const { keys, forgotten } = bound(2);
    keys.touch("locked", 1000);
    for (const key of ["a", "b", "c"]) keys.touch(key);
    expect(forgotten).toEqual(["a", "b"]);
    keys.touch("locked-too", 1000);
    expect(forgotten).toEqual(["a", "b", "c"]);
    keys.touch("third-lock", 1000);
    expect(forgotten).toEqual(["a", "b", "c", "locked"]);
  });

  it("stops protecting a lock once it has ended", () => {
    const { keys, forgotten, advance } = bound(2);
    keys.touch("locked", 1000);
    keys.touch("a");
    advance(1000);
    keys.touch("b");
    keys.touch("c");
    expect(forgotten).toEqual(["a"]);
    expect(keys.size).toBe(2);
  });
});
