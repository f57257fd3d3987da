"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { LogFrame, StaticThread, ThreadRowView, linkFor } from "@/components/inbox/thread/thread-frame";
import { ThreadTop } from "@/components/inbox/thread/thread-top";
import { Icon } from "@/components/ui/icon";
import { focusRing } from "@/components/ui/button";
import { countNewer, threadRows, type ThreadRow } from "@/lib/inbox/thread-rows";
import type { InboxMessage } from "@/lib/inbox/types";
import { useHydrated } from "@/lib/inbox/client/use-online";

/** Space above the first row for the "loading older" / "beginning" line; outside the rows so anchoring ignores it. */
const TOP_SPACE = 64;
/** Start loading more this far (px) before reaching an end. */
const LOAD_AHEAD_PX = 1200;

export interface ThreadPaging {
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: string | null;
  loadOlder: () => void;
  hasNewer: boolean;
  loadingNewer: boolean;
  loadNewer: () => void;
}

interface Props {
  contactKey: string;
  label: string;
  /** Oldest first. */
  messages: InboxMessage[];
  paging: ThreadPaging;
  /** Newest messages known from the poll, newest first. */
  headMessages: InboxMessage[];
  /** Page 1 is in the list (else the newest messages were dropped from memory). */
  hasNewest: boolean;
  jumpToNewest: () => void;
  /** `?message=`: the index to bring into view once, and the id to highlight. */
  target: { id: string; index: number | null } | null;
  /** Pauses automatic loading while a deep link drives it. */
  autoLoad: boolean;
}

export function ThreadList(props: Props) {
  const hydrated = useHydrated();
  if (!hydrated)
    return (
      <StaticThread
        contactKey={props.contactKey}
        label={props.label}
        messages={props.messages}
        targetId={props.target?.id}
      />
    );
  return <VirtualThread {...props} />;
}

function estimateRow(row: ThreadRow | undefined): number {
  return row?.kind === "day" ? 48 : 92;
}

function VirtualThread({
  contactKey,
  label,
  messages,
  paging,
  headMessages,
  hasNewest,
  jumpToNewest,
  target,
  autoLoad,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => threadRows(messages), [messages]);
  const link = useMemo(() => linkFor(contactKey), [contactKey]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh every render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateRow(rows[i]),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    paddingStart: TOP_SPACE,
    paddingEnd: 16,
    // Rows added or removed above the view are compensated below (anchoring);
    // rows measured above the view are compensated by the virtualizer itself.
  });

  // The newest message the agent has seen at the bottom; the pill counts what came after it.
  const newestId = hasNewest ? messages[messages.length - 1]?.id : undefined;
  const [seenNewestId, setSeenNewestId] = useState(newestId);
  const [atBottom, setAtBottom] = useState(true);
  const unseen = countNewer(headMessages, seenNewestId);

  // Open at the newest message, unless a link points at an older one.
  const initialised = useRef(false);
  useLayoutEffect(() => {
    if (initialised.current || rows.length === 0) return;
    initialised.current = true;
    if (!target) virtualizer.scrollToEnd();
  }, [rows.length, target, virtualizer]);

  // Bring a linked message into view once it is loaded.
  const scrolledTo = useRef<string | null>(null);
  const targetIndex = target?.index ?? null;
  const targetId = target?.id;
  useEffect(() => {
    if (targetId === undefined || targetIndex === null || scrolledTo.current === targetId) return;
    const rowIndex = rows.findIndex((r) => r.kind === "message" && r.message.id === targetId);
    if (rowIndex < 0) return;
    scrolledTo.current = targetId;
    virtualizer.scrollToIndex(rowIndex, { align: "center" });
  }, [targetId, targetIndex, rows, virtualizer]);

  // Anchoring: when rows are added or removed above the view (an older page
  // prepended, a page dropped by maxPages), the first visible message stays
  // where it is. Its position before and after is computed from the same size
  // cache the virtualizer lays rows out with, so late measurements cannot skew it.
  const atBottomRef = useRef(true);
  const prevRowsRef = useRef<ThreadRow[] | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const prev = prevRowsRef.current;
    prevRowsRef.current = rows;
    if (!el || !prev || prev === rows || !initialised.current) return;
    const sameFirst = prev[0]?.key === rows[0]?.key;
    const sameLast = prev[prev.length - 1]?.key === rows[rows.length - 1]?.key;
    if (sameFirst && sameLast) return;
    if (atBottomRef.current && sameFirst) {
      virtualizer.scrollToEnd(); // new messages at the bottom: follow them
      return;
    }
    if (sameFirst) return; // rows changed below the view only
    const sizeOf = (r: ThreadRow) => virtualizer.itemSizeCache.get(r.key) ?? estimateRow(r);
    const keys = new Set(rows.map((r) => r.key));
    const scrollTop = el.scrollTop;
    let oldStart: number | null = null;
    let anchorKey: string | null = null;
    let pos = TOP_SPACE;
    for (const r of prev) {
      const size = sizeOf(r);
      if (r.kind === "message" && pos + size > scrollTop && keys.has(r.key)) {
        oldStart = pos;
        anchorKey = r.key;
        break;
      }
      pos += size;
    }
    if (anchorKey === null || oldStart === null) return;
    pos = TOP_SPACE;
    for (const r of rows) {
      if (r.key === anchorKey) break;
      pos += sizeOf(r);
    }
    // Through the virtualizer, so its own idea of the offset moves with the element's.
    virtualizer.scrollToOffset(scrollTop + (pos - oldStart));
    // New rows between the top of the view and the anchor are still estimates;
    // once measured (next frames), put the anchor back exactly where it was.
    const wanted = oldStart - scrollTop;
    const key = anchorKey;
    let frames = 0;
    const settle = () => {
      const node = el.querySelector(`[data-message-id="${CSS.escape(key)}"]`);
      if (node) {
        const drift = node.getBoundingClientRect().top - el.getBoundingClientRect().top - wanted;
        if (Math.abs(drift) >= 1) virtualizer.scrollToOffset(el.scrollTop + drift);
      }
      if (++frames < 6) requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  }, [rows, virtualizer]);

  const pagingRef = useRef(paging);
  useLayoutEffect(() => {
    pagingRef.current = paging;
  });

  const check = useCallback(() => {
    const el = scrollRef.current;
    if (!el || !initialised.current) return;
    const p = pagingRef.current;
    const fromBottom = el.scrollHeight - el.clientHeight - el.scrollTop;
    const bottom = fromBottom <= 32;
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    if (bottom && hasNewestRef.current) setSeenNewestId(newestIdRef.current);
    if (!autoLoadRef.current) return;
    if (el.scrollTop < LOAD_AHEAD_PX && p.hasOlder && !p.loadingOlder && !p.olderError) p.loadOlder();
    else if (fromBottom < LOAD_AHEAD_PX && p.hasNewer && !p.loadingNewer) p.loadNewer();
  }, []);

  const hasNewestRef = useRef(hasNewest);
  const newestIdRef = useRef(newestId);
  const autoLoadRef = useRef(autoLoad);
  useLayoutEffect(() => {
    hasNewestRef.current = hasNewest;
    newestIdRef.current = newestId;
    autoLoadRef.current = autoLoad;
  });

  // After every change of rows or paging state, see whether the view needs more.
  useEffect(() => {
    const id = requestAnimationFrame(check);
    return () => cancelAnimationFrame(id);
  }, [check, rows.length, paging.loadingOlder, paging.loadingNewer, paging.hasOlder, autoLoad]);

  function goToNewest() {
    if (!hasNewest) jumpToNewest();
    requestAnimationFrame(() => virtualizer.scrollToEnd());
    setSeenNewestId(headMessages[0]?.id ?? newestId);
  }

  const items = virtualizer.getVirtualItems();
  const showPill = !atBottom && (unseen.count > 0 || !hasNewest);

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <LogFrame label={label} busy={paging.loadingOlder || paging.loadingNewer} scrollRef={scrollRef} onScroll={check}>
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          <div className="absolute inset-x-0 top-0 flex items-center justify-center" style={{ height: TOP_SPACE }}>
            <ThreadTop paging={paging} />
          </div>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute inset-x-0 top-0"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <ThreadRowView row={row} link={link} targetId={targetId} />
              </div>
            );
          })}
        </div>
        {paging.loadingNewer ? (
          <p className="sr-only" role="status">
            Loading newer messages…
          </p>
        ) : null}
      </LogFrame>
      {showPill ? (
        <button
          type="button"
          onClick={goToNewest}
          className={`absolute bottom-4 left-1/2 z-10 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-indigo-600 px-3.5 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-indigo-700 ${focusRing}`}
        >
          <Icon name="arrowLeft" className="size-4 -rotate-90" />
          {unseen.count > 0
            ? `${unseen.count}${unseen.atLeast ? "+" : ""} new message${unseen.count === 1 ? "" : "s"}`
            : "Jump to newest"}
        </button>
      ) : null}
    </div>
  );
}
