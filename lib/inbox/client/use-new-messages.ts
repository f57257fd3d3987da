"use client";

import { replaceEqualDeep, useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { inboxKeys, threadHeadQueryOptions } from "./query-options";
import { NEWEST_PAGE, isNewestPage, type ThreadPageParam } from "@/lib/inbox/thread-pages";
import { mergeHead } from "@/lib/inbox/thread-rows";
import type { InboxMessage, MessagesPage } from "@/lib/inbox/types";

/**
 * Polls a thread's newest page while the document is visible and merges it into
 * the thread when the thread holds page 1 (new messages appear at the bottom;
 * the list keeps the agent's place). Returns the newest messages known, newest
 * first, from which the list counts what the agent has not seen.
 */
export function useNewMessages(
  contactKey: string,
  thread: InfiniteData<MessagesPage, ThreadPageParam> | undefined,
): InboxMessage[] {
  const queryClient = useQueryClient();
  const firstPage = thread && isNewestPage(thread.pageParams[0]) ? thread.pages[0] : undefined;
  const threadUpdatedAt = queryClient.getQueryState(inboxKeys.thread(contactKey))?.dataUpdatedAt ?? 0;
  const head = useQuery({
    ...threadHeadQueryOptions(contactKey, firstPage ? { data: firstPage, updatedAt: threadUpdatedAt } : undefined),
    // Only a thread that shows its newest messages has something to compare with.
    enabled: firstPage !== undefined,
  });

  const headData = head.data;
  useEffect(() => {
    if (!headData) return;
    queryClient.setQueryData<InfiniteData<MessagesPage, ThreadPageParam>>(inboxKeys.thread(contactKey), (old) => {
      if (!old || !isNewestPage(old.pageParams[0])) return old;
      // Unchanged data keeps its old object, so nothing re-renders, and any changed field
      // (text, status, agent) comes through. Shared here, on page 1 only: the thread query
      // itself does not share structure (threadQueryOptions).
      const merged = mergeHead(old.pages, headData);
      const first = replaceEqualDeep(old.pages[0], merged[0]);
      if (first === old.pages[0]) return old;
      return { ...old, pages: [first as MessagesPage, ...merged.slice(1)] };
    });
  }, [headData, contactKey, queryClient]);

  return headData?.messages ?? firstPage?.messages ?? [];
}

/** Replaces a thread by its newest page alone: the way back from far up to the newest messages. */
export function useJumpToNewest(contactKey: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (head: MessagesPage | undefined) => {
      if (!head) return;
      queryClient.setQueryData<InfiniteData<MessagesPage, ThreadPageParam>>(inboxKeys.thread(contactKey), {
        pages: [head],
        pageParams: [NEWEST_PAGE],
      });
    },
    [queryClient, contactKey],
  );
}
