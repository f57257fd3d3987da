"use client";

import { useTranslations } from "next-intl";
import { memo, type ReactNode, type Ref } from "react";
import { MessageBubble } from "@/components/inbox/thread/message-bubble";
import { DayLabel } from "@/components/inbox/common/message-time";
import { focusRing } from "@/components/ui/button";
import type { ThreadRow } from "@/lib/inbox/thread-rows";

// The thread's frame (the labelled log) and its rows, shared by the plain thread
// (server render, first paint) and the virtualised one (thread-list.tsx).

export function LogFrame({
  label,
  busy,
  children,
  scrollRef,
  onScroll,
}: {
  label: string;
  busy: boolean;
  children: ReactNode;
  scrollRef?: Ref<HTMLDivElement>;
  onScroll?: () => void;
}) {
  return (
    <div
      ref={scrollRef}
      onScroll={onScroll}
      role="log"
      aria-label={label}
      aria-live="polite"
      aria-busy={busy}
      tabIndex={0}
      data-testid="thread-log"
      className={`relative min-h-0 flex-1 overflow-x-hidden overflow-y-auto bg-zinc-50 [overflow-anchor:none] focus-visible:outline-offset-[-2px] dark:bg-zinc-950 ${focusRing}`}
    >
      {children}
    </div>
  );
}

export function ThreadRowView({
  row,
  contactKey,
  targetId,
}: {
  row: ThreadRow;
  contactKey: string;
  targetId: string | undefined;
}) {
  if (row.kind === "day") return <DaySeparator iso={row.date} />;
  return <MessageBubble message={row.message} contactKey={contactKey} highlighted={row.message.id === targetId} />;
}

/** Memoised like MessageBubble: the list re-renders as it scrolls, a day line does not change. */
const DaySeparator = memo(function DaySeparator({ iso }: { iso: string }) {
  const t = useTranslations("thread");
  return (
    <div className="flex items-center gap-3 px-6 pt-4 pb-2" role="separator" aria-label={t("day")}>
      <div className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
      <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">
        <DayLabel iso={iso} />
      </span>
      <div className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
});
