import { describe, expect, it } from "vitest";
import { planRowsChange, type RowsChange } from "./thread-anchor";
import type { ThreadRow } from "./thread-rows";
import { inboxMessage } from "@/lib/testing/inbox-message";

const TOP = 64;
const m = (id: string): ThreadRow => ({ kind: "message", key: id, message: inboxMessage({ id }) });
const day = (date: string): ThreadRow => ({ kind: "day", key: `day:${date}`, date: `${date}T00:00:00Z` });
const msgs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => m(`m${from + i}`));

function plan(change: Partial<RowsChange> & Pick<RowsChange, "before" | "after">) {
  return planRowsChange({ scrollTop: 0, atBottom: false, topSpace: TOP, sizeOf: () => 100, ...change });
}

describe("planRowsChange", () => {
  it("does nothing when the first and last rows are the same", () => {
    const rows = msgs(1, 5);
    expect(plan({ before: rows, after: [...rows], atBottom: true })).toEqual({ kind: "stay" });
  });

  it("follows new messages at the bottom when the agent is at the bottom", () => {
    expect(plan({ before: msgs(1, 5), after: msgs(1, 7), atBottom: true })).toEqual({ kind: "follow" });
  });

  it("leaves the view alone when new messages arrive while the agent reads higher up", () => {
    expect(plan({ before: msgs(1, 5), after: msgs(1, 7), atBottom: false, scrollTop: 150 })).toEqual({
      kind: "stay",
    });
  });

  it("keeps the first visible message in place when an older page is prepended at the top", () => {
    // m5 starts at 64 and is in view at scrollTop 0; five rows of 100 arrive above it.
    expect(plan({ before: msgs(5, 9), after: msgs(0, 9) })).toEqual({
      kind: "anchor",
      key: "m5",
      scrollTo: 500,
      offsetInView: 64,
    });
  });

  it("anchors on the first message still partly in view, even when its top is scrolled out", () => {
    // m5 covers 64–164, m6 164–264: at scrollTop 250 only m6's last 14 px show.
    expect(plan({ before: msgs(5, 9), after: msgs(2, 9), scrollTop: 250 })).toEqual({
      kind: "anchor",
      key: "m6",
      scrollTo: 550,
      offsetInView: -86,
    });
  });

  it("anchors even at the bottom when rows change above the view (a prepend is not a new message)", () => {
    expect(plan({ before: msgs(5, 9), after: msgs(0, 9), atBottom: true, scrollTop: 100 }).kind).toBe("anchor");
  });

  it("scrolls up by the height of the rows dropped above the view (maxPages)", () => {
    // The agent reads m6 (664–764) at scrollTop 700; m0–m4 are dropped from memory.
    expect(plan({ before: msgs(0, 9), after: msgs(5, 10), scrollTop: 700 })).toEqual({
      kind: "anchor",
      key: "m6",
      scrollTo: 200,
      offsetInView: -36,
    });
  });

  it("skips a visible message that was removed and anchors on the next one kept", () => {
    // At scrollTop 350 m2 (264–364) shows its last 14 px, but it is dropped; m3 (364–464) is kept.
    expect(plan({ before: msgs(0, 9), after: msgs(3, 12), scrollTop: 350 })).toEqual({
      kind: "anchor",
      key: "m3",
      scrollTo: 50,
      offsetInView: 14,
    });
  });

  it("never anchors on a day line", () => {
    // Before: the day line 64–104, b 104–204. After: day, a, day above b, so b starts at 244.
    const before = [day("2025-06-02"), m("b"), m("c")];
    const after = [day("2025-06-01"), m("a"), day("2025-06-02"), m("b"), m("c")];
    expect(plan({ before, after, sizeOf: (r) => (r.kind === "day" ? 40 : 100) })).toEqual({
      kind: "anchor",
      key: "b",
      scrollTo: 140,
      offsetInView: 104,
    });
  });

  it("uses the measured size of each row, not one size for all", () => {
    const sizes: Record<string, number> = { m0: 30, m1: 250, m2: 80 };
    const result = plan({ before: msgs(2, 4), after: msgs(0, 4), sizeOf: (r) => sizes[r.key] ?? 100 });
    expect(result).toEqual({ kind: "anchor", key: "m2", scrollTo: 280, offsetInView: 64 });
  });

  it("does nothing when no row of the view survives (the thread was replaced by its newest page)", () => {
    expect(plan({ before: msgs(0, 4), after: msgs(50, 54), scrollTop: 0 })).toEqual({ kind: "stay" });
  });
});
