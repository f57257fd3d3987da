"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useState, type ReactNode, type RefObject } from "react";

const ROW_ESTIMATE = 84;

export interface ListRowsProps {
  /** The element that scrolls; it stays when the plain rows give way to these. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Conversations loaded (the "more" row not included). */
  count: number;
  /** A last row for the next page (loading, or its error). */
  more: boolean;
  busy: boolean;
  itemKey: (index: number) => string;
  /** The row to put in the Tab order when it is drawn (roving tabindex), else the first drawn. */
  preferredTab: number;
  renderRow: (index: number, tabIndex: 0 | -1) => ReactNode;
  renderMore: () => ReactNode;
  /** The next page may be asked for (there is one, and none is loading or failed). */
  canLoadMore: boolean;
  loadMore: () => void;
  /** Set while virtualized: brings a row that is not drawn into view (the list's j/k). */
  scrollToIndex: RefObject<((index: number) => void) | null>;
}

// Same row border as the plain rows (list-rows.tsx); not shared, or this chunk would load with them.
const rowClass = "border-b border-zinc-100 dark:border-zinc-800/70";

/**
 * The heights of the plain rows still in the document (list-rows.tsx marks them with
 * data-row-key): read while the virtual rows first render, before React replaces them,
 * so the virtualizer starts from the real sizes and nothing moves at the swap.
 */
function plainRowSizes(scroller: HTMLElement | null): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const li of scroller?.querySelectorAll<HTMLElement>("li[data-row-key]") ?? [])
    sizes.set(li.dataset.rowKey ?? "", li.getBoundingClientRect().height);
  return sizes;
}

/** The list's rows, virtualized: the DOM holds a screenful and the overscan, whatever the count. */
export function VirtualListRows(props: ListRowsProps) {
  const { scrollRef, count, more, busy, itemKey, preferredTab, renderRow, renderMore, canLoadMore, loadMore } = props;
  const [plainSizes] = useState(() => plainRowSizes(scrollRef.current));
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is used as documented; rows re-render on its updates.
  const virtualizer = useVirtualizer({
    count: count + (more ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (index < count ? plainSizes.get(itemKey(index)) : undefined) ?? ROW_ESTIMATE,
    overscan: 6,
    // Rows from the first render on (before the scroll element is measured): no empty frame at the swap.
    initialRect: { width: 360, height: 900 },
    // Where the plain rows were scrolled to: the virtualizer would otherwise scroll its element to 0 on mount.
    initialOffset: () => scrollRef.current?.scrollTop ?? 0,
    getItemKey: (index) => (index < count ? itemKey(index) : "__more"),
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastRendered >= count - 1 && canLoadMore) loadMore();
  }, [lastRendered, count, canLoadMore, loadMore]);

  const { scrollToIndex } = props;
  useEffect(() => {
    scrollToIndex.current = (index) => virtualizer.scrollToIndex(index, { align: "auto" });
    return () => {
      scrollToIndex.current = null;
    };
  }, [scrollToIndex, virtualizer]);

  const roving = items.some((i) => i.index === preferredTab) ? preferredTab : (items[0]?.index ?? 0);
  return (
    <ul aria-busy={busy || undefined} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <li
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          aria-setsize={more ? -1 : count}
          aria-posinset={item.index + 1}
          className={`absolute inset-x-0 top-0 ${rowClass}`}
          style={{ transform: `translateY(${item.start}px)` }}
        >
          {item.index < count ? renderRow(item.index, item.index === roving ? 0 : -1) : renderMore()}
        </li>
      ))}
    </ul>
  );
}
