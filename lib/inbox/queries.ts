import { infiniteQueryOptions } from "@tanstack/react-query";
import { fetchMessages, type MessagesFilters } from "./api-client";
import type { MessagesPage } from "./types";

// Every query key and query option of the inbox lives here; components never
// write a key array inline. The server prefetches with the same keys.

export const THREAD_PAGE_SIZE = 50;
export const RECENT_PAGE_SIZE = 100;

export const inboxKeys = {
  all: ["inbox"] as const,
  thread: (contactKey: string) => [...inboxKeys.all, "thread", contactKey] as const,
  recent: () => [...inboxKeys.all, "recent"] as const,
};

type PageFetcher = (page: number, signal?: AbortSignal) => Promise<MessagesPage>;

export function nextPageParam(last: MessagesPage): number | undefined {
  return last.hasMore ? last.page + 1 : undefined;
}

/** One contact's messages, page 1 = newest. `fetchPage` lets the server prefetch without HTTP. */
export function threadQueryOptions(contactKey: string, fetchPage?: PageFetcher) {
  return infiniteQueryOptions({
    queryKey: inboxKeys.thread(contactKey),
    queryFn: ({ pageParam, signal }) =>
      fetchPage ? fetchPage(pageParam, signal) : fetchMessages({ contact: contactKey }, pageParam, THREAD_PAGE_SIZE, signal),
    initialPageParam: 1,
    getNextPageParam: nextPageParam,
  });
}

/** The newest messages of every contact, from which the inbox list is built. */
export function recentQueryOptions(fetchPage?: PageFetcher) {
  return infiniteQueryOptions({
    queryKey: inboxKeys.recent(),
    queryFn: ({ pageParam, signal }) =>
      fetchPage ? fetchPage(pageParam, signal) : fetchMessages({}, pageParam, RECENT_PAGE_SIZE, signal),
    initialPageParam: 1,
    getNextPageParam: nextPageParam,
  });
}

export type { MessagesFilters };
