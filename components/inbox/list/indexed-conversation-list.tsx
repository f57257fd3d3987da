"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { conversationKeyOfPath, conversationPath } from "@/lib/inbox/conversation-path";
import { oneLine, type ConversationSummary } from "@/lib/inbox/conversation-summary";
import { listViewQuery } from "@/lib/inbox/inbox-filters";
import type { IndexedConversation, InboxSummary } from "@/lib/inbox/client/index-api";
import { useDesktopNotifications } from "@/lib/inbox/client/use-desktop-notifications";
import { useErrorText } from "@/lib/inbox/client/use-error-text";
import { useInboxLive } from "@/lib/inbox/client/use-inbox-live";
import { useIndexedConversations } from "@/lib/inbox/client/use-indexed-conversations";
import { useListKeyboard } from "@/lib/inbox/client/use-list-keyboard";
import { useListView } from "@/lib/inbox/client/use-list-view";
import { useNow } from "@/lib/inbox/client/use-now";
import { ConversationListRow } from "./conversation-list-row";
import { ConversationListError, ConversationListMore, ConversationListSkeleton } from "./conversation-list-states";
import { FilterEmpty, IndexBehindBanner, IndexingState } from "./index-status";
import { ListFilters } from "./list-filters";
import { ListRows } from "./list-rows";
import { NotificationsToggle } from "./notifications-toggle";

/** A row of the index in the shape the list's row draws. */
function toSummary(c: IndexedConversation): ConversationSummary {
  return {
    key: c.key,
    id: c.key,
    name: c.name,
    identifier: null,
    title: c.name ?? c.key,
    last: {
      id: c.lastMessageId,
      channel: c.lastChannel,
      direction: c.lastDirection,
      deliveryStatus: c.lastDeliveryStatus,
      sentAt: c.lastSentAt,
      agent: c.assignedAgent,
      preview: oneLine(c.lastBody),
    },
    agent: c.assignedAgent,
    loadedCount: 0,
  };
}

// The inbox list from the message index (INBOX_INDEX on): every conversation by its last
// message, virtualised once the page runs (list-rows.tsx: the DOM holds a screenful
// whatever the count), with the agent's unread counts, the filters (in the URL), and
// live updates from a polled summary.
export function IndexedConversationList() {
  const t = useTranslations("list");
  const errorText = useErrorText();
  const view = useListView();
  const list = useIndexedConversations(view);
  const { conversations, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  const rows = useMemo(() => conversations.map(toSummary), [conversations]);
  const notifications = useDesktopNotifications();
  const { notify } = notifications;
  const onNewUnread = useCallback(
    (c: NonNullable<InboxSummary["newestUnread"]>) =>
      notify(t("notifications.title"), t("notifications.body", { name: c.name ?? c.key }), c.key),
    [notify, t],
  );
  const summary = useInboxLive(view.channel, onNewUnread).data;
  const pathname = usePathname();
  const activeKey = conversationKeyOfPath(pathname);
  const activeIndex = activeKey ? rows.findIndex((c) => c.key === activeKey) : -1;
  const [tabIndex, setTabIndex] = useState<number | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const now = useNow();
  const query = listViewQuery(view);

  const more = hasNextPage || isFetchNextPageError;
  const scrollToIndex = useRef<((index: number) => void) | null>(null);

  // A new filter starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [query]);

  useListKeyboard({ navRef, scrollRef, scrollToIndex, count: rows.length, activeIndex, hasActive: activeKey !== null });

  const preferred = tabIndex ?? (activeIndex >= 0 ? activeIndex : 0);
  const Heading = activeKey ? "h2" : "h1";
  const total = summary?.filters[view.filter ?? "all"];

  return (
    <nav ref={navRef} aria-labelledby="conversation-list-heading" className="flex min-h-0 flex-1 flex-col">
      <IndexBehindBanner minutes={summary?.behindMinutes ?? 0} />
      <div className="flex items-center justify-between gap-2 px-4 pt-3 pb-2">
        <Heading id="conversation-list-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          {t("heading")}
        </Heading>
        <span className="flex items-center gap-2">
          {total !== undefined ? (
            <span className="text-xs text-zinc-500 dark:text-zinc-400" data-testid="list-total">
              {t("index.total", { count: total })}
            </span>
          ) : null}
          <NotificationsToggle state={notifications.state} onToggle={() => void notifications.toggle()} />
        </span>
      </div>
      <ListFilters view={view} summary={summary} />
      <div
        ref={scrollRef}
        data-testid="conversation-list-scroll"
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain border-t border-zinc-100 dark:border-zinc-800/70"
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest<HTMLElement>("[data-row-index]");
          if (row) setTabIndex(Number(row.dataset.rowIndex));
        }}
      >
        {list.isPending ? (
          <ConversationListSkeleton />
        ) : list.error && rows.length === 0 ? (
          <ConversationListError message={errorText(list.error)} onRetry={() => void list.refetch()} />
        ) : rows.length === 0 ? (
          summary?.indexing ? (
            <IndexingState />
          ) : (
            <FilterEmpty />
          )
        ) : (
          <ListRows
            scrollRef={scrollRef}
            count={rows.length}
            more={more}
            busy={isFetchingNextPage}
            itemKey={(index) => rows[index]?.id ?? String(index)}
            preferredTab={preferred}
            renderRow={(index, rowTabIndex) => {
              const conversation = rows[index]!;
              const indexed = conversations[index]!;
              return (
                <ConversationListRow
                  conversation={conversation}
                  active={conversation.key === activeKey}
                  index={index}
                  tabIndex={rowTabIndex}
                  now={now}
                  unread={indexed.unread}
                  href={`${conversationPath(indexed.key)}${query}`}
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
