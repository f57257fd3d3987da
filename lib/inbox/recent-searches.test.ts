import { describe, expect, it } from "vitest";
import {
  MAX_RECENT_SEARCHES,
  RECENT_SEARCHES_KEY,
  addRecentSearch,
  parseRecentSearches,
  readRecentSearches,
  removeRecentSearch,
  writeRecentSearches,
  type RecentSearch,
} from "./recent-searches";

const phone: RecentSearch = { kind: "phone", value: "+33612345678", display: "+33 6 12 34 56 78" };
const email: RecentSearch = { kind: "email", value: "jane@example.org", display: "jane@example.org" };
const fid = (n: number): RecentSearch => ({ kind: "facebook", value: `fid_${n}`, display: `fid_${n}` });

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe("recent searches", () => {
  it("puts the newest first and keeps one copy of a repeated search", () => {
    let list = addRecentSearch([], phone);
    list = addRecentSearch(list, email);
    list = addRecentSearch(list, phone);
    expect(list.map((s) => s.value)).toEqual(["+33612345678", "jane@example.org"]);
  });

  it(`keeps only the last ${MAX_RECENT_SEARCHES}`, () => {
    let list: RecentSearch[] = [];
    for (let n = 1; n <= 12; n++) list = addRecentSearch(list, fid(n));
    expect(list).toHaveLength(MAX_RECENT_SEARCHES);
    expect(list[0]?.value).toBe("fid_12");
    expect(list.at(-1)?.value).toBe("fid_5");
  });

  it("removes one search", () => {
    expect(removeRecentSearch([phone, email], phone.value)).toEqual([email]);
  });

  it("round-trips through storage", () => {
    const storage = memoryStorage();
    writeRecentSearches(storage, [email, phone]);
    expect(readRecentSearches(storage)).toEqual([email, phone]);
    writeRecentSearches(storage, []);
    expect(storage.data.has(RECENT_SEARCHES_KEY)).toBe(false);
  });

  it.each([
    ["not JSON", "{oops"],
    ["not a list", JSON.stringify({ value: "+33612345678" })],
    ["null", "null"],
  ])("reads %s as no searches", (_label, raw) => {
    expect(parseRecentSearches(raw)).toEqual([]);
  });

  it("drops malformed, unknown-kind and duplicate entries and extra fields", () => {
    const raw = JSON.stringify([
      { ...phone, extra: "<script>" },
      { kind: "telepathy", value: "x", display: "x" },
      { kind: "email", value: 42, display: "x" },
      { kind: "email", value: "", display: "" },
      phone,
      email,
      "just a string",
    ]);
    expect(parseRecentSearches(raw)).toEqual([phone, email]);
  });

  it("bounds what it reads even when storage holds more", () => {
    const many = Array.from({ length: 30 }, (_, n) => fid(n));
    expect(parseRecentSearches(JSON.stringify(many))).toHaveLength(MAX_RECENT_SEARCHES);
  });

  it("survives storage that throws (disabled or full)", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(readRecentSearches(broken)).toEqual([]);
    expect(() => writeRecentSearches(broken, [phone])).not.toThrow();
    expect(readRecentSearches(undefined)).toEqual([]);
  });
});
