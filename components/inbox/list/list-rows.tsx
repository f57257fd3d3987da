"use client";

import { memo, useDeferredValue } from "react";
import type { ListRowsProps } from "@/components/inbox/list/virtual-list-rows";
import { createDeferredModule } from "@/lib/inbox/client/deferred-module";

// TanStack Virtual (~10 kB gzipped) is not in the first load of any inbox page: its
// chunk is fetched once the page has hydrated (docs/decisions/deferred-virtualizer.md).
const virtualRows = createDeferredModule(() => import("@/components/inbox/list/virtual-list-rows"));

/** Rows drawn before the virtualizer runs: more than a tall screen, and within the DOM bound. */
const PLAIN_ROWS = 30;
const rowClass = "border-b border-zinc-100 dark:border-zinc-800/70";

/**
 * The list's rows: in normal flow (the server's HTML, and until the virtualizer has
 * arrived), then virtualized inside the same scrolling element, so the scroll
 * position carries over. Only the virtualized rows ask for the next page.
 */
export function ListRows(props: ListRowsProps) {
  // The swap is rendered as a transition (time-sliced), as the thread's (thread-list.tsx).
  const loaded = useDeferredValue(virtualRows.useModule());
  if (loaded) return <loaded.VirtualListRows {...props} />;
  return <PlainListRows {...props} />;
}

/** The first rows in normal flow; memoised, so the render that brings the virtualizer does not draw them again. */
const PlainListRows = memo(function PlainListRows(props: ListRowsProps) {
  const { count, more, busy, itemKey, preferredTab, renderRow, renderMore } = props;
  const shown = Math.min(count, PLAIN_ROWS);
  const roving = preferredTab < shown ? preferredTab : 0;
  const setSize = more ? -1 : count;
  return (
    <ul aria-busy={busy || undefined} className="w-full">
      {Array.from({ length: shown }, (_, index) => (
        <li
          key={itemKey(index)}
          data-row-key={itemKey(index)}
          aria-setsize={setSize}
          aria-posinset={index + 1}
          className={rowClass}
        >
          {renderRow(index, index === roving ? 0 : -1)}
        </li>
      ))}
      {more || shown < count ? (
        <li key="__more" aria-setsize={setSize} aria-posinset={shown + 1} className={rowClass}>
          {renderMore()}
        </li>
      ) : null}
    </ul>
  );
});
