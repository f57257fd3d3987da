import { describe, expect, it } from "vitest";
import { newestFirst, observedOrder, runsOtherWay } from "./order";

const T = (hhmm: string) => `2025-06-02T${hhmm}:00Z`;

describe("newestFirst", () => {
  it("keeps a newest-first page and reverses an oldest-first one, without touching the input", () => {
    const page = ["c", "b", "a"];
    expect(newestFirst(page, "newest-first")).toEqual(["c", "b", "a"]);
    expect(newestFirst(page, "oldest-first")).toEqual(["a", "b", "c"]);
    expect(page).toEqual(["c", "b", "a"]);
  });
});

describe("observedOrder", () => {
  it("reads the direction of a page's dates", () => {
    expect(observedOrder([T("10:00"), T("09:59"), T("08:00")])).toBe("newest-first");
    expect(observedOrder([T("08:00"), T("09:59"), T("10:00")])).toBe("oldest-first");
    expect(observedOrder([T("08:00"), T("10:00"), T("09:00")])).toBe("mixed");
  });

  it("skips undated and unreadable entries and ignores equal neighbours", () => {
    expect(observedOrder([T("10:00"), null, undefined, "", "not a date", T("09:00")])).toBe("newest-first");
    expect(observedOrder([T("09:00"), T("09:00"), T("10:00")])).toBe("oldest-first");
    expect(observedOrder([null, T("09:00"), null])).toBe("undated");
    expect(observedOrder([T("09:00"), T("09:00")])).toBe("undated");
    expect(observedOrder([])).toBe("undated");
  });

  it("accepts epoch milliseconds and Date objects", () => {
    expect(observedOrder([3, 2, 1])).toBe("newest-first");
    expect(observedOrder([new Date(1), new Date(2)])).toBe("oldest-first");
  });
});

describe("runsOtherWay", () => {
  const newestFirstPage = [T("10:00"), null, T("09:30"), T("09:00")];
  const oldestFirstPage = [...newestFirstPage].reverse();

  it("is true only when the dates consistently contradict the setting", () => {
    expect(runsOtherWay(oldestFirstPage, "newest-first")).toBe(true);
    expect(runsOtherWay(newestFirstPage, "oldest-first")).toBe(true);
    expect(runsOtherWay(newestFirstPage, "newest-first")).toBe(false);
    expect(runsOtherWay(oldestFirstPage, "oldest-first")).toBe(false);
  });

  it("proves nothing from a mixed, undated or single-message page", () => {
    expect(runsOtherWay([T("08:00"), T("10:00"), T("09:00")], "newest-first")).toBe(false);
    expect(runsOtherWay([null, null], "newest-first")).toBe(false);
    expect(runsOtherWay([T("08:00")], "oldest-first")).toBe(false);
  });
});
