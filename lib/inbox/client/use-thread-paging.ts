"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { inboxKeys } from "./query-options";
import { useJumpToNewest, useNewMessages } from "./use-new-messages";
import { useThread } from "./use-thread";
import type { InboxMessage, MessagesPage } from "@/lib/inbox/types";

/** What the thread list needs to load more and to get back to the newest messages. */
export interface ThreadPaging {
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Why the older page failed (shown through useErrorText), null when it did not. */
  olderError: Error | null;
  loadOlder: () => void;
  hasNewer: boolean;
  loadingNewer: boolean;
  loadNewer: () => void;
  /** Page 1 is in the list (else the newest messages were dropped from memory). */
  hasNewest: boolean;
  /** Newest messages known from the poll, newest first. */
  headMessages: InboxMessage[];
  /** Back to the newest page alone, from far up. */
  jumpToNewest: () => void;
}

/**
 * One contact's thread with its paging: the infinite query, its messages (oldest
 * first), the poll for new messages, and the loaders the list calls as it scrolls.
 */
export function useThreadPaging(contactKey: string) {
  const { query, messages, deepestPage, hasNewest } = useThread(contactKey);
  const queryClient = useQueryClient();
  const headMessages = useNewMessages(contactKey, query.data);
  const jump = useJumpToNewest(contactKey);

  const { fetchNextPage, fetchPreviousPage } = query;
  const loadOlder = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const loadNewer = useCallback(() => void fetchPreviousPage({ cancelRefetch: false }), [fetchPreviousPage]);
  const jumpToNewest = useCallback(() => {
    const head = queryClient.getQueryData<MessagesPage>(inboxKeys.threadHead(contactKey));
    if (head) jump(head);
    else void queryClient.resetQueries({ queryKey: inboxKeys.thread(contactKey) });
  }, [queryClient, contactKey, jump]);

  const olderError = query.isFetchNextPageError ? query.error : null;
  const paging: ThreadPaging = useMemo(
    () => ({
      hasOlder: query.hasNextPage,
      loadingOlder: query.isFetchingNextPage,
      olderError,
      loadOlder,
      hasNewer: query.hasPreviousPage,
      loadingNewer: query.isFetchingPreviousPage,
      loadNewer,
      hasNewest,
      headMessages,
      jumpToNewest,
    }),
    [
      query.hasNextPage,
      query.isFetchingNextPage,
      olderError,
      loadOlder,
      query.hasPreviousPage,
      query.isFetchingPreviousPage,
      loadNewer,
      hasNewest,
      headMessages,
      jumpToNewest,
    ],
  );

  return { query, messages, deepestPage, paging };
}
