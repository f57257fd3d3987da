"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import { conversationKeyOfPath } from "@/lib/inbox/conversation-path";
import { useListKeyboard } from "@/lib/inbox/client/use-list-keyboard";
import { useErrorText } from "@/lib/inbox/client/use-error-text";
import { useNow } from "@/lib/inbox/client/use-now";
import { useRecentConversations } from "@/lib/inbox/client/use-recent-conversations";
import { ConversationListRow } from "./conversation-list-row";
import { ListRows } from "./list-rows";
import {
  ConversationListEmpty,
  ConversationListError,
  ConversationListMore,
  ConversationListSkeleton,
} from "./conversation-list-states";

// The inbox list: contacts ordered by their newest message, virtualised once the
// page runs (list-rows.tsx; the list grows as the agent scrolls: each page of 100
// messages adds contacts).
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

  const scrollToIndex = useRef<((index: number) => void) | null>(null);
  const more = hasNextPage || isFetchNextPageError;

  useListKeyboard({
    navRef,
    scrollRef,
    scrollToIndex,
    count: conversations.length,
    activeIndex,
    hasActive: activeKey !== null,
  });

  // One row is in the Tab order (the last focused, else the open one); arrows do the rest.
  const preferred = tabIndex ?? (activeIndex >= 0 ? activeIndex : 0);
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
          <ListRows
            scrollRef={scrollRef}
            count={conversations.length}
            more={more}
            busy={isFetchingNextPage}
            itemKey={(index) => conversations[index]?.id ?? String(index)}
            preferredTab={preferred}
            renderRow={(index, rowTabIndex) => {
              const conversation = conversations[index]!;
              return (
                <ConversationListRow
                  conversation={conversation}
                  active={conversation.key !== null && conversation.key === activeKey}
                  index={index}
                  tabIndex={rowTabIndex}
                  now={now}
                />
              );
            }}
            renderMore={() => (
              <ConversationListMore failed={isFetchNextPageError} onRetry={() => void fetchNextPage()} />
            )}
            canLoadMore={hasNextPage && !isFetchingNextPage && !isFetchNextPageError}
            loadMore={() => void fetchNextPage()}
            scrollToIndex={scrollToIndex}
          />
        )}
      </div>
    </nav>
  );
}
