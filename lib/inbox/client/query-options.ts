import { infiniteQueryOptions, queryOptions, type InfiniteData } from "@tanstack/react-query";
import { fetchMessages } from "./api-client";
import type { MessagesPage } from "@/lib/inbox/types";

// Every query key and query option of the inbox lives here; components never
// write a key array inline. The server prefetches with the same keys.

export const THREAD_PAGE_SIZE = 50;
export const RECENT_PAGE_SIZE = 100;
/** Pages of one thread kept in memory; older or newer ones are fetched again when scrolled back to. */
export const THREAD_MAX_PAGES = 20;
/** How often an open thread asks for new messages (NEXT_PUBLIC_INBOX_POLL_MS, not a secret). */
export const THREAD_POLL_MS = pollInterval(process.env.NEXT_PUBLIC_INBOX_POLL_MS);

function pollInterval(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1000 && n <= 3_600_000 ? n : 15_000;
}

export const inboxKeys = {
  all: ["inbox"] as const,
  thread: (contactKey: string) => [...inboxKeys.all, "thread", contactKey] as const,
  threadHead: (contactKey: string) => [...inboxKeys.all, "thread-head", contactKey] as const,
  recent: () => [...inboxKeys.all, "recent"] as const,
  /** Text search (GET /api/search), keyed by the normalized query so "Zoë" and "zoe" share one entry. */
  search: (tsquery: string) => [...inboxKeys.all, "search", tsquery] as const,
};

type PageFetcher = (page: number, signal?: AbortSignal) => Promise<MessagesPage>;

export function nextPageParam(last: MessagesPage): number | undefined {
  return last.hasMore ? last.page + 1 : undefined;
}

/** Page numbers go down to 1 (the newest); needed once maxPages has dropped the newest pages. */
export function previousPageParam(
  _first: MessagesPage,
  _all: MessagesPage[],
  firstPageParam: number,
): number | undefined {
  return firstPageParam > 1 ? firstPageParam - 1 : undefined;
}

/** One contact's messages, page 1 = newest. `fetchPage` lets the server prefetch without HTTP. */
export function threadQueryOptions(contactKey: string, fetchPage?: PageFetcher) {
  return infiniteQueryOptions<
    MessagesPage,
    Error,
    InfiniteData<MessagesPage, number>,
    ReturnType<typeof inboxKeys.thread>,
    number
  >({
    queryKey: inboxKeys.thread(contactKey),
    queryFn: ({ pageParam, signal }) =>
      fetchPage
        ? fetchPage(pageParam, signal)
        : fetchMessages({ contact: contactKey }, pageParam, THREAD_PAGE_SIZE, signal),
    initialPageParam: 1,
    getNextPageParam: nextPageParam,
    getPreviousPageParam: previousPageParam,
    maxPages: THREAD_MAX_PAGES,
    // A refetch would re-read every loaded page in turn; new messages come from the head poll instead.
    refetchOnWindowFocus: false,
  });
}

/**
 * The newest page of one thread, polled while the document is visible, to
 * notice new messages without refetching the whole infinite query.
 */
export function threadHeadQueryOptions(contactKey: string, initial?: { data: MessagesPage; updatedAt: number }) {
  return queryOptions({
    queryKey: inboxKeys.threadHead(contactKey),
    queryFn: ({ signal }) => fetchMessages({ contact: contactKey }, 1, THREAD_PAGE_SIZE, signal),
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.updatedAt,
    staleTime: THREAD_POLL_MS,
    refetchInterval: THREAD_POLL_MS,
    refetchIntervalInBackground: false,
    retry: false,
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
