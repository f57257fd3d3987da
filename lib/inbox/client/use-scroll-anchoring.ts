"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, type RefObject } from "react";
import { planRowsChange, type RowsChangePlan } from "@/lib/inbox/thread-anchor";
import type { ThreadRow } from "@/lib/inbox/thread-rows";

/** Frames during which the anchor is put back as the new rows above it get measured. */
const SETTLE_FRAMES = 6;

interface Options {
  scrollRef: RefObject<HTMLElement | null>;
  rows: readonly ThreadRow[];
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** Space above the first row. */
  topSpace: number;
  estimate: (row: ThreadRow) => number;
  /** The agent is at the bottom (new messages are followed). */
  atBottom: RefObject<boolean>;
  /** The list has made its first scroll; before it, nothing is anchored. */
  ready: RefObject<boolean>;
}

const STAY: RowsChangePlan = { kind: "stay" };

/**
 * Anchoring (docs/decisions/thread-virtualization.md): when rows are added or
 * removed above the view (an older page prepended, a page dropped by maxPages),
 * the first visible message stays where it is. Its position before and after
 * comes from the same size cache the virtualizer lays rows out with, so late
 * measurements cannot skew it; the arithmetic is planRowsChange.
 *
 * Call it after useVirtualizer and before `getVirtualItems()`: the plan is made
 * while the new rows render, and the virtualizer is told the new offset at once,
 * so that render already draws the rows around the anchor (the ones on screen,
 * kept mounted) instead of the new rows at the old offset, which the scroll
 * would unmount a frame later (speed-against-the-floor.md, "Deep history").
 */
export function useScrollAnchoring({ scrollRef, rows, virtualizer, topSpace, estimate, atBottom, ready }: Options) {
  const prevRowsRef = useRef<readonly ThreadRow[] | null>(null);
  // One plan per change of rows, so that a second render of the same rows (React may render twice) plans nothing new.
  const planned = useRef<{ rows: readonly ThreadRow[]; plan: RowsChangePlan } | null>(null);

  /* eslint-disable react-hooks/refs, react-hooks/immutability -- the plan is made during render on purpose (see above); it depends
     only on the last committed rows and the element's scroll offset, so rendering twice gives the same plan. */
  const el = scrollRef.current;
  const before = prevRowsRef.current;
  if (el && before && before !== rows && ready.current && planned.current?.rows !== rows) {
    const plan = planRowsChange({
      before,
      after: rows,
      scrollTop: el.scrollTop,
      atBottom: atBottom.current,
      topSpace,
      sizeOf: (r) => virtualizer.itemSizeCache.get(r.key) ?? estimate(r),
    });
    planned.current = { rows, plan };
  }
  const plan = planned.current?.rows === rows ? planned.current.plan : STAY;
  // The virtualizer's range is computed from its own offset: move it now, the element follows in the layout effect.
  if (plan.kind === "anchor") virtualizer.scrollOffset = plan.scrollTo;
  /* eslint-enable react-hooks/refs, react-hooks/immutability */

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const before = prevRowsRef.current;
    prevRowsRef.current = rows;
    const current = planned.current?.rows === rows ? planned.current.plan : STAY;
    planned.current = null;
    if (!el || !before || before === rows || current.kind === "stay") return;
    if (current.kind === "follow") {
      virtualizer.scrollToEnd();
      return;
    }
    // Through the virtualizer, so its own idea of the offset moves with the element's.
    virtualizer.scrollToOffset(current.scrollTo);
    // New rows between the top of the view and the anchor are still estimates;
    // once measured (next frames), put the anchor back exactly where it was.
    let frames = 0;
    const settle = () => {
      const node = el.querySelector(`[data-message-id="${CSS.escape(current.key)}"]`);
      if (node) {
        const drift = node.getBoundingClientRect().top - el.getBoundingClientRect().top - current.offsetInView;
        if (Math.abs(drift) >= 1) virtualizer.scrollToOffset(el.scrollTop + drift);
      }
      if (++frames < SETTLE_FRAMES) requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  }, [rows, virtualizer, scrollRef, topSpace, estimate, atBottom, ready]);
}
