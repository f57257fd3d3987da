import { describe, expect, it } from "vitest";
import {
  MAX_RECENT_SEARCHES,
  NO_RECENT_SEARCHES,
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
    expect(readRecentSearches(storage, NO_RECENT_SEARCHES).list).toEqual([email, phone]);
    writeRecentSearches(storage, []);
    expect(storage.data.has(RECENT_SEARCHES_KEY)).toBe(false);
    expect(readRecentSearches(storage, NO_RECENT_SEARCHES).list).toEqual([]);
  });

  // useRecentSearches hands readRecentSearches to useSyncExternalStore, which calls it on
  // every render and re-renders whenever the list is not the very same array.
  it("gives back the same list while storage is unchanged, and a new one once it changes", () => {
    const storage = memoryStorage();
    writeRecentSearches(storage, [phone]);
    const first = readRecentSearches(storage, NO_RECENT_SEARCHES);
    const again = readRecentSearches(storage, first);
    expect(again.list).toBe(first.list);

    writeRecentSearches(storage, addRecentSearch(again.list, email));
    const changed = readRecentSearches(storage, again);
    expect(changed.list).not.toBe(first.list);
    expect(changed.list).toEqual([email, phone]);
    expect(readRecentSearches(storage, changed).list).toBe(changed.list);
  });

  it("reads another tab's (or another version's) unreadable write as no searches", () => {
    const storage = memoryStorage({ [RECENT_SEARCHES_KEY]: JSON.stringify([phone]) });
    const before = readRecentSearches(storage, NO_RECENT_SEARCHES);
    expect(before.list).toEqual([phone]);
    storage.data.set(RECENT_SEARCHES_KEY, "{oops");
    expect(readRecentSearches(storage, before).list).toEqual([]);
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
    // Even after a list was read: storage that starts throwing reads as empty.
    const earlier = readRecentSearches(
      memoryStorage({ [RECENT_SEARCHES_KEY]: JSON.stringify([phone]) }),
      NO_RECENT_SEARCHES,
    );
    expect(readRecentSearches(broken, earlier).list).toEqual([]);
    expect(() => writeRecentSearches(broken, [phone])).not.toThrow();
    expect(readRecentSearches(undefined, earlier).list).toEqual([]);
    // No storage at all (the server, or before hydration): the shared empty list, not a new one.
    expect(readRecentSearches(undefined, NO_RECENT_SEARCHES).list).toBe(NO_RECENT_SEARCHES.list);
  });
});
