"use client";

import { memo, useLayoutEffect, useMemo, useRef } from "react";
import { LogFrame, ThreadRowView } from "@/components/inbox/thread/thread-frame";
import { threadRows } from "@/lib/inbox/thread-rows";
import type { InboxMessage } from "@/lib/inbox/types";

/** Rows drawn before the virtualized thread runs: the first page the server fetched. */
const PLAIN_MESSAGES = 50;
/** This close (px) to the bottom counts as at the bottom (as in VirtualThread). */
const BOTTOM_SLACK_PX = 32;

/**
 * The thread in normal flow: the server's HTML, and what the agent reads until the
 * virtualizer's chunk has arrived (thread-list.tsx). Same rows, same spacing (64 px
 * above, 16 below) as VirtualThread, so the swap draws the same pixels; opened at the
 * newest message, or at the linked one when it is among these.
 */
export const PlainThread = memo(function PlainThread({
  contactKey,
  label,
  messages,
  targetId,
}: {
  contactKey: string;
  label: string;
  /** Oldest first. */
  messages: InboxMessage[];
  targetId: string | undefined;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => threadRows(messages.slice(-PLAIN_MESSAGES)), [messages]);

  // Before the first paint in the browser (hydration included): the linked message, or
  // the newest one, kept at the bottom while the page settles around it (fonts, banners,
  // relative times) unless the agent scrolls away, so the virtual thread takes over from
  // the same place.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const target = targetId ? el.querySelector(`[data-message-id="${CSS.escape(targetId)}"]`) : null;
    if (target) {
      target.scrollIntoView({ block: "center" });
      return;
    }
    let pinned = true;
    let ours = -1;
    const stick = () => {
      if (!pinned) return;
      el.scrollTop = el.scrollHeight;
      ours = el.scrollTop;
    };
    // The scroll event of our own stick() can arrive after the content has grown again: only
    // the agent's scrolling unpins.
    const onScroll = () => {
      if (el.scrollTop !== ours) pinned = el.scrollHeight - el.clientHeight - el.scrollTop <= BOTTOM_SLACK_PX;
    };
    stick();
    el.addEventListener("scroll", onScroll, { passive: true });
    const resized = new ResizeObserver(stick);
    resized.observe(el);
    if (el.firstElementChild) resized.observe(el.firstElementChild);
    return () => {
      el.removeEventListener("scroll", onScroll);
      resized.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- where the agent lands, decided once
  }, []);

  return (
    <LogFrame label={label} busy={false} scrollRef={scrollRef}>
      <div className="pt-16 pb-4">
        {rows.map((row) => (
          <ThreadRowView key={row.key} row={row} contactKey={contactKey} targetId={targetId} />
        ))}
      </div>
    </LogFrame>
  );
});
