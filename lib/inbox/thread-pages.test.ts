import { describe, expect, it } from "vitest";
import { NEWEST_PAGE, endOf, newerPage, offsetOf, olderPage, type ThreadPageParam } from "./thread-pages";

function walkOlder(to: number): ThreadPageParam[] {
  const pages = [NEWEST_PAGE];
  while (endOf(pages[pages.length - 1]!) < to) pages.push(olderPage(pages[pages.length - 1]!));
  return pages;
}

describe("thread pages", () => {
  it("grow from 50 to 800 going back, each starting where the newer one ends", () => {
    const pages = walkOlder(10_000);
    expect(pages.slice(0, 8).map((p) => `${p.page}/${p.perPage}`)).toEqual([
      "1/50",
      "2/50",
      "2/100",
      "2/200",
      "2/400",
      "2/800",
      "3/800",
      "4/800",
    ]);
    for (let i = 1; i < pages.length; i++) expect(offsetOf(pages[i]!)).toBe(endOf(pages[i - 1]!));
    // 10,000 messages in 17 pages instead of 200.
    expect(pages).toHaveLength(17);
  });

  it("are sizes /api/messages accepts (1 to 100, or a multiple of 100 up to 1,000)", () => {
    for (const p of walkOlder(10_000))
      expect(p.perPage <= 100 || (p.perPage % 100 === 0 && p.perPage <= 1000)).toBe(true);
  });

  it("walk back to the newest page the same way, scrolling down", () => {
    const pages = walkOlder(10_000);
    for (let i = pages.length - 1; i > 0; i--) expect(newerPage(pages[i]!)).toEqual(pages[i - 1]);
    expect(newerPage(NEWEST_PAGE)).toBeUndefined();
  });
});
