"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { conversationKeyOfPath } from "@/lib/inbox/conversation-path";
import { useListKeyboard } from "@/lib/inbox/client/use-list-keyboard";
import { useErrorText } from "@/lib/inbox/client/use-error-text";
import { useNow } from "@/lib/inbox/client/use-now";
import { useRecentConversations } from "@/lib/inbox/client/use-recent-conversations";
import { ConversationListRow } from "./conversation-list-row";
import {
  ConversationListEmpty,
  ConversationListError,
  ConversationListMore,
  ConversationListSkeleton,
} from "./conversation-list-states";

const ROW_ESTIMATE = 84;

// The inbox list: contacts ordered by their newest message, virtualised (the
// list grows as the agent scrolls: each page of 100 messages adds contacts).
// Keyboard: j/k or arrows move, Enter opens (the rows are links), Esc comes back.
export function ConversationList() {
  const t = useTranslations("list");
  const errorText = useErrorText();
  const list = useRecentConversations();
  const { conversations, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  const pathname = usePathname();
  const activeKey = conversationKeyOfPath(pathname);
  const activeIndex = activeKey ? conversations.findIndex((c) => c.key === activeKey) : -1;
  const [tabIndex, setTabIndex] = useState<number | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();

  const more = hasNextPage || isFetchNextPageError;
  const count = conversations.length + (more ? 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is used as documented; rows re-render on its updates.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    // The server has no viewport: render the first screenful into the HTML.
    initialRect: { width: 360, height: 900 },
    getItemKey: (index) => conversations[index]?.id ?? "__more",
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastRendered >= conversations.length - 1 && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) {
      void fetchNextPage();
    }
  }, [lastRendered, conversations.length, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  useListKeyboard({
    navRef,
    scrollRef,
    virtualizer,
    count: conversations.length,
    activeIndex,
    hasActive: activeKey !== null,
  });

  // One row is in the Tab order (the last focused, else the open one); arrows do the rest.
  const preferred = tabIndex ?? (activeIndex >= 0 ? activeIndex : 0);
  const roving = items.some((i) => i.index === preferred) ? preferred : (items[0]?.index ?? 0);
  const Heading = activeKey ? "h2" : "h1";

  return (
    <nav ref={navRef} aria-labelledby="conversation-list-heading" className="flex min-h-0 flex-1 flex-col">
      <div className="flex items-baseline justify-between px-4 pt-4 pb-2">
        <Heading id="conversation-list-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          {t("heading")}
        </Heading>
        {conversations.length > 0 && (
          <span className="text-xs text-zinc-500 dark:text-zinc-400">
            {t("recentCount", { count: conversations.length, more: more ? "yes" : "no" })}
          </span>
        )}
      </div>
      <div
        ref={scrollRef}
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain"
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest<HTMLElement>("[data-row-index]");
          if (row) setTabIndex(Number(row.dataset.rowIndex));
        }}
      >
        {list.isPending ? (
          <ConversationListSkeleton />
        ) : list.error && conversations.length === 0 ? (
          <ConversationListError message={errorText(list.error)} onRetry={() => void list.refetch()} />
        ) : conversations.length === 0 ? (
          <ConversationListEmpty />
        ) : (
          <ul
            aria-busy={isFetchingNextPage || undefined}
            className="relative w-full"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((item) => {
              const conversation = conversations[item.index];
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-setsize={more ? -1 : conversations.length}
                  aria-posinset={item.index + 1}
                  className="absolute inset-x-0 top-0 border-b border-zinc-100 dark:border-zinc-800/70"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {conversation ? (
                    <ConversationListRow
                      conversation={conversation}
                      active={conversation.key !== null && conversation.key === activeKey}
                      index={item.index}
                      tabIndex={item.index === roving ? 0 : -1}
                      now={now}
                    />
                  ) : (
                    <ConversationListMore failed={isFetchNextPageError} onRetry={() => void fetchNextPage()} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </nav>
  );
}
