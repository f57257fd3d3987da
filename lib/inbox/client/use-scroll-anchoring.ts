"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, type RefObject } from "react";
import { planRowsChange } from "@/lib/inbox/thread-anchor";
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

/**
 * Anchoring (docs/decisions/thread-virtualization.md): when rows are added or
 * removed above the view (an older page prepended, a page dropped by maxPages),
 * the first visible message stays where it is. Its position before and after
 * comes from the same size cache the virtualizer lays rows out with, so late
 * measurements cannot skew it; the arithmetic is planRowsChange.
 */
export function useScrollAnchoring({ scrollRef, rows, virtualizer, topSpace, estimate, atBottom, ready }: Options) {
  const prevRowsRef = useRef<readonly ThreadRow[] | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const before = prevRowsRef.current;
    prevRowsRef.current = rows;
    if (!el || !before || before === rows || !ready.current) return;
    const plan = planRowsChange({
      before,
      after: rows,
      scrollTop: el.scrollTop,
      atBottom: atBottom.current,
      topSpace,
      sizeOf: (r) => virtualizer.itemSizeCache.get(r.key) ?? estimate(r),
    });
    if (plan.kind === "stay") return;
    if (plan.kind === "follow") {
      virtualizer.scrollToEnd();
      return;
    }
    // Through the virtualizer, so its own idea of the offset moves with the element's.
    virtualizer.scrollToOffset(plan.scrollTo);
    // New rows between the top of the view and the anchor are still estimates;
    // once measured (next frames), put the anchor back exactly where it was.
    let frames = 0;
    const settle = () => {
      const node = el.querySelector(`[data-message-id="${CSS.escape(plan.key)}"]`);
      if (node) {
        const drift = node.getBoundingClientRect().top - el.getBoundingClientRect().top - plan.offsetInView;
        if (Math.abs(drift) >= 1) virtualizer.scrollToOffset(el.scrollTop + drift);
      }
      if (++frames < SETTLE_FRAMES) requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  }, [rows, virtualizer, scrollRef, topSpace, estimate, atBottom, ready]);
}
