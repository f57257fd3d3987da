import { infiniteQueryOptions, queryOptions, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { fetchMessages } from "./api-client";
import {
  NEWEST_PAGE,
  THREAD_PAGE_SIZE,
  isNewestPage,
  newerPage,
  olderPage,
  samePage,
  type ThreadPageParam,
} from "@/lib/inbox/thread-pages";
import type { MessagesPage } from "@/lib/inbox/types";

// Every query key and query option of the inbox lives here; components never
// write a key array inline. The server prefetches with the same keys.

export { THREAD_PAGE_SIZE };
export const RECENT_PAGE_SIZE = 100;
/**
 * Pages of one thread kept in memory; older or newer ones are fetched again when
 * scrolled back to. Pages grow to 800 going back (lib/inbox/thread-pages.ts), so
 * at most 4,000 messages; page 1 stays while the agent is within 800 of the newest.
 */
export const THREAD_MAX_PAGES = 5;
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
  /** One page of a thread fetched ahead of the infinite query (threadPageQueryOptions). */
  threadPage: (contactKey: string, page: ThreadPageParam) =>
    [...inboxKeys.all, "thread-page", contactKey, page.page, page.perPage] as const,
  recent: () => [...inboxKeys.all, "recent"] as const,
  /** Text search (GET /api/search), keyed by the normalized query so "Zoë" and "zoe" share one entry. */
  search: (tsquery: string) => [...inboxKeys.all, "search", tsquery] as const,
};

type PageFetcher = (page: number, signal?: AbortSignal) => Promise<MessagesPage>;
type ThreadPageFetcher = (page: ThreadPageParam, signal?: AbortSignal) => Promise<MessagesPage>;

export function nextPageParam(last: MessagesPage): number | undefined {
  return last.hasMore ? last.page + 1 : undefined;
}

/** The thread's next older page (larger ones going back: lib/inbox/thread-pages.ts). */
export function olderPageParam(
  last: MessagesPage,
  _all: MessagesPage[],
  lastPageParam: ThreadPageParam,
): ThreadPageParam | undefined {
  return last.hasMore ? olderPage(lastPageParam) : undefined;
}

/** Back towards page 1 (the newest); needed once maxPages has dropped the newest pages. */
export function newerPageParam(
  _first: MessagesPage,
  _all: MessagesPage[],
  firstPageParam: ThreadPageParam,
): ThreadPageParam | undefined {
  return newerPage(firstPageParam);
}

/** How long a page fetched ahead waits to be read; unread, it is dropped after PAGE_AHEAD_GC_MS. */
const PAGE_AHEAD_STALE_MS = 30_000;
const PAGE_AHEAD_GC_MS = 60_000;

/** One page of a thread on its own: what the infinite query reads, and what is fetched ahead. */
export function threadPageQueryOptions(contactKey: string, page: ThreadPageParam) {
  return queryOptions({
    queryKey: inboxKeys.threadPage(contactKey, page),
    queryFn: ({ signal }) => fetchMessages({ contact: contactKey }, page.page, page.perPage, signal),
    staleTime: PAGE_AHEAD_STALE_MS,
    gcTime: PAGE_AHEAD_GC_MS,
    retry: false,
  });
}

/**
 * An older page of the thread, for the infinite query. Once the agent reads back
 * past page 1, the page after it is fetched at once, while this one is drawn, so
 * that scrolling up through deep history rarely waits for the network
 * (docs/decisions/speed-against-the-floor.md). Each page leaves the per-page cache
 * once the infinite query holds it, so THREAD_MAX_PAGES still bounds memory.
 */
export async function readThreadPage(
  client: QueryClient,
  contactKey: string,
  page: ThreadPageParam,
): Promise<MessagesPage> {
  const options = threadPageQueryOptions(contactKey, page);
  const data = await client.fetchQuery(options);
  client.removeQueries({ queryKey: options.queryKey, exact: true });
  // Not when scrolling back down towards the newest (the next older page is then already in the list).
  const loaded = client.getQueryData<InfiniteData<MessagesPage, ThreadPageParam>>(
    inboxKeys.thread(contactKey),
  )?.pageParams;
  const older = olderPage(page);
  if (!isNewestPage(page) && data.hasMore && !loaded?.some((p) => samePage(p, older)))
    void client.prefetchQuery(threadPageQueryOptions(contactKey, older));
  return data;
}

/** One contact's messages, page 1 = newest. `fetchPage` lets the server prefetch without HTTP. */
export function threadQueryOptions(contactKey: string, fetchPage?: ThreadPageFetcher) {
  return infiniteQueryOptions<
    MessagesPage,
    Error,
    InfiniteData<MessagesPage, ThreadPageParam>,
    ReturnType<typeof inboxKeys.thread>,
    ThreadPageParam
  >({
    queryKey: inboxKeys.thread(contactKey),
    queryFn: ({ pageParam, signal, client }) =>
      fetchPage ? fetchPage(pageParam, signal) : readThreadPage(client, contactKey, pageParam),
    initialPageParam: NEWEST_PAGE,
    getNextPageParam: olderPageParam,
    getPreviousPageParam: newerPageParam,
    maxPages: THREAD_MAX_PAGES,
    // A refetch would re-read every loaded page in turn; new messages come from the head poll instead.
    refetchOnWindowFocus: false,
    // Pages arrive whole and are never edited in place, so comparing up to 4,000 messages deep on every
    // page (replaceEqualDeep, ~3% of the deep-history scroll's script time) finds nothing to share;
    // the head merge shares page 1 itself (useNewMessages).
    structuralSharing: false,
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
