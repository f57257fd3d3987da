import { describe, expect, it } from "vitest";
import { createTtlCache } from "./ttl-cache";

describe("the TTL cache", () => {
  it("expires entries and evicts the least recently used past its size", () => {
    let now = 0;
    const cache = createTtlCache<number>(100, 2, () => now);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.size).toBe(2);
    now = 99;
    expect(cache.get("c")).toBe(3);
    now = 100;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("c")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps nothing with a TTL or a size of 0", () => {
    const noTtl = createTtlCache<number>(0, 10);
    noTtl.set("a", 1);
    expect(noTtl.get("a")).toBeUndefined();
    const noRoom = createTtlCache<number>(1000, 0);
    noRoom.set("a", 1);
    expect(noRoom.get("a")).toBeUndefined();
  });

  it("hands every caller the same stored value", () => {
    const cache = createTtlCache<{ n: number }>(1000, 10);
    const value = { n: 1 };
    cache.set("a", value);
    expect(cache.get("a")).toBe(value);
  });
});
