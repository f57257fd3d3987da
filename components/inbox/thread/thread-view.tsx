"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { ContactHeader } from "@/components/inbox/thread/contact-header";
import { ThreadDeepLinkBanner } from "@/components/inbox/thread/thread-deep-link";
import { ThreadList, type ThreadPaging } from "@/components/inbox/thread/thread-list";
import { OfflineBanner, ThreadError, ThreadNotFound, ThreadSkeleton } from "@/components/inbox/thread/thread-states";
import { inboxKeys } from "@/lib/inbox/client/query-options";
import { contactSummary } from "@/lib/inbox/thread-contact";
import type { MessagesPage } from "@/lib/inbox/types";
import { useMessageDeepLink } from "@/lib/inbox/client/use-message-deep-link";
import { useJumpToNewest, useNewMessages } from "@/lib/inbox/client/use-new-messages";
import { useThread } from "@/lib/inbox/client/use-thread";

/** The conversation screen: header, states, and the virtualized thread. */
export function ThreadView({ contactKey, messageId }: { contactKey: string; messageId?: string }) {
  const { query, messages, deepestPage, hasNewest } = useThread(contactKey);
  const queryClient = useQueryClient();
  const headMessages = useNewMessages(contactKey, query.data);
  const jump = useJumpToNewest(contactKey);

  const newestFirst = useMemo(() => [...messages].reverse(), [messages]);
  const summary = useMemo(() => contactSummary(contactKey, newestFirst), [contactKey, newestFirst]);

  const { fetchNextPage, fetchPreviousPage } = query;
  const loadOlder = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const loadNewer = useCallback(() => void fetchPreviousPage({ cancelRefetch: false }), [fetchPreviousPage]);

  const targetIndex = messageId ? messages.findIndex((m) => m.id === messageId) : -1;
  const deepLink = useMessageDeepLink({
    messageId,
    index: targetIndex,
    deepestPage,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchNextPageError: query.isFetchNextPageError,
    fetchNextPage: loadOlder,
  });

  if (query.isPending) return <ThreadSkeleton />;
  if (query.isError && !query.data) {
    return (
      <ThreadError message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  }
  if (messages.length === 0) return <ThreadNotFound contactKey={contactKey} />;

  const paging: ThreadPaging = {
    hasOlder: query.hasNextPage,
    loadingOlder: query.isFetchingNextPage,
    olderError: query.isFetchNextPageError ? (query.error?.message ?? "Older messages could not be loaded.") : null,
    loadOlder,
    hasNewer: query.hasPreviousPage,
    loadingNewer: query.isFetchingPreviousPage,
    loadNewer,
  };

  const jumpToNewest = () => {
    const head = queryClient.getQueryData<MessagesPage>(inboxKeys.threadHead(contactKey));
    if (head) jump(head);
    else void queryClient.resetQueries({ queryKey: inboxKeys.thread(contactKey) });
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ContactHeader contactKey={contactKey} summary={summary} />
      <OfflineBanner />
      <ThreadDeepLinkBanner state={deepLink.state} onCancel={deepLink.cancel} />
      <ThreadList
        key={contactKey}
        contactKey={contactKey}
        label={`Conversation with ${summary.title}`}
        messages={messages}
        paging={paging}
        headMessages={headMessages}
        hasNewest={hasNewest}
        jumpToNewest={jumpToNewest}
        target={messageId ? { id: messageId, index: targetIndex >= 0 ? targetIndex : null } : null}
        autoLoad={deepLink.state.status !== "searching"}
      />
    </div>
  );
}
