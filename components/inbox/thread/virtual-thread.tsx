"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { NewMessagesPill } from "@/components/inbox/thread/new-messages-pill";
import { LogFrame, ThreadRowView } from "@/components/inbox/thread/thread-frame";
import { ThreadTop } from "@/components/inbox/thread/thread-top";
import { useLatest } from "@/lib/inbox/client/use-latest";
import { useReadMark } from "@/lib/inbox/client/use-read-mark";
import { useScrollAnchoring } from "@/lib/inbox/client/use-scroll-anchoring";
import type { ThreadPaging } from "@/lib/inbox/client/use-thread-paging";
import { countNewer, threadRows, type ThreadRow } from "@/lib/inbox/thread-rows";
import type { InboxMessage } from "@/lib/inbox/types";

/** Space above the first row for the "loading older" / "beginning" line; outside the rows so anchoring ignores it. */
const TOP_SPACE = 64;
/** Start loading more this far (px) before reaching an end. */
const LOAD_AHEAD_PX = 1200;
/** This close (px) to the bottom counts as at the bottom. */
const BOTTOM_SLACK_PX = 32;

export interface ThreadListProps {
  contactKey: string;
  label: string;
  /** Oldest first. */
  messages: InboxMessage[];
  paging: ThreadPaging;
  /** `?message=`: the index to bring into view once, and the id to highlight. */
  target: { id: string; index: number | null } | null;
  /** Pauses automatic loading while a deep link drives it. */
  autoLoad: boolean;
}

function estimateRow(row: ThreadRow | undefined): number {
  return row?.kind === "day" ? 48 : 92;
}

/** The thread once the page runs: virtualized, anchored, loading more near either end. */
export function VirtualThread({ contactKey, label, messages, paging, target, autoLoad }: ThreadListProps) {
  const t = useTranslations("thread.paging");
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => threadRows(messages), [messages]);

  // Stable between pages: new functions would make the virtualizer lay out every row again
  // (thousands in deep history) on every render, scroll renders included.
  const estimateSize = useCallback((i: number) => estimateRow(rows[i]), [rows]);
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const getScrollElement = useCallback(() => scrollRef.current, []);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh every render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 6,
    paddingStart: TOP_SPACE,
    paddingEnd: 16,
    // Rows added or removed above the view are compensated by useScrollAnchoring;
    // rows measured above the view are compensated by the virtualizer itself.
  });

  // The newest message the agent has seen at the bottom; the pill counts what came after it.
  const newestId = paging.hasNewest ? messages[messages.length - 1]?.id : undefined;
  const [seenNewestId, setSeenNewestId] = useState(newestId);
  const [atBottom, setAtBottom] = useState(true);
  const atBottomRef = useRef(true);
  const unseen = countNewer(paging.headMessages, seenNewestId);
  // Read up to the newest message while it is on screen (the message index's read marks).
  useReadMark(contactKey, atBottom && paging.hasNewest ? newestId : undefined);

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

  useScrollAnchoring({
    scrollRef,
    rows,
    virtualizer,
    topSpace: TOP_SPACE,
    estimate: estimateRow,
    atBottom: atBottomRef,
    ready: initialised,
  });

  // On scroll, and after every change of rows or paging state: where the view is, and whether it needs more.
  const latest = useLatest({ paging, newestId, autoLoad });
  const check = useCallback(() => {
    const el = scrollRef.current;
    if (!el || !initialised.current) return;
    const { paging: p, newestId: newest, autoLoad: load } = latest.current;
    const fromBottom = el.scrollHeight - el.clientHeight - el.scrollTop;
    const bottom = fromBottom <= BOTTOM_SLACK_PX;
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    if (bottom && p.hasNewest) setSeenNewestId(newest);
    if (!load) return;
    if (el.scrollTop < LOAD_AHEAD_PX && p.hasOlder && !p.loadingOlder && !p.olderError) p.loadOlder();
    else if (fromBottom < LOAD_AHEAD_PX && p.hasNewer && !p.loadingNewer) p.loadNewer();
  }, [latest]);

  useEffect(() => {
    const id = requestAnimationFrame(check);
    return () => cancelAnimationFrame(id);
  }, [check, rows.length, paging.loadingOlder, paging.loadingNewer, paging.hasOlder, autoLoad]);

  function goToNewest() {
    if (!paging.hasNewest) paging.jumpToNewest();
    requestAnimationFrame(() => virtualizer.scrollToEnd());
    setSeenNewestId(paging.headMessages[0]?.id ?? newestId);
  }

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <LogFrame label={label} busy={paging.loadingOlder || paging.loadingNewer} scrollRef={scrollRef} onScroll={check}>
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          <div className="absolute inset-x-0 top-0 flex items-center justify-center" style={{ height: TOP_SPACE }}>
            <ThreadTop paging={paging} />
          </div>
          {virtualizer.getVirtualItems().map((item) => {
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
                <ThreadRowView row={row} contactKey={contactKey} targetId={targetId} />
              </div>
            );
          })}
        </div>
        {paging.loadingNewer ? (
          <p className="sr-only" role="status">
            {t("loadingNewer")}
          </p>
        ) : null}
      </LogFrame>
      {!atBottom && (unseen.count > 0 || !paging.hasNewest) ? (
        <NewMessagesPill unseen={unseen} onClick={goToNewest} />
      ) : null}
    </div>
  );
}
