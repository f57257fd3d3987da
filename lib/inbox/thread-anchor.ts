import type { ThreadRow } from "./thread-rows";

// What the thread does with its scroll position when its rows change: the
// arithmetic of lib/inbox/client/use-scroll-anchoring.ts, kept pure so it is
// tested without a browser. Rows are laid out top to bottom from `topSpace`,
// each as tall as `sizeOf` says (the virtualizer's measured size or estimate).

export type RowsChangePlan =
  /** Nothing to do: the same rows, or rows changed below the view only. */
  | { kind: "stay" }
  /** New messages at the bottom while the agent is at the bottom: follow them. */
  | { kind: "follow" }
  /**
   * Rows were added or removed above the view: scroll to `scrollTo`, so the
   * message `key` stays `offsetInView` px below the top of the view, where it was.
   */
  | { kind: "anchor"; key: string; scrollTo: number; offsetInView: number };

export interface RowsChange {
  before: readonly ThreadRow[];
  after: readonly ThreadRow[];
  /** The scroll offset when the change is seen (before any correction). */
  scrollTop: number;
  atBottom: boolean;
  /** Space above the first row. */
  topSpace: number;
  sizeOf: (row: ThreadRow) => number;
}

export function planRowsChange({ before, after, scrollTop, atBottom, topSpace, sizeOf }: RowsChange): RowsChangePlan {
  const sameFirst = before[0]?.key === after[0]?.key;
  const sameLast = before[before.length - 1]?.key === after[after.length - 1]?.key;
  if (sameFirst && sameLast) return { kind: "stay" };
  if (sameFirst) return atBottom ? { kind: "follow" } : { kind: "stay" };

  // The anchor: the first message at least partly in view that is still there after the change.
  const kept = new Set(after.map((r) => r.key));
  let oldStart: number | null = null;
  let key: string | null = null;
  let pos = topSpace;
  for (const row of before) {
    const size = sizeOf(row);
    if (row.kind === "message" && pos + size > scrollTop && kept.has(row.key)) {
      oldStart = pos;
      key = row.key;
      break;
    }
    pos += size;
  }
  if (key === null || oldStart === null) return { kind: "stay" };

  let newStart = topSpace;
  for (const row of after) {
    if (row.key === key) break;
    newStart += sizeOf(row);
  }
  return { kind: "anchor", key, scrollTo: scrollTop + (newStart - oldStart), offsetInView: oldStart - scrollTop };
}
