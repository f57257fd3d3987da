import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { InboxListView } from "@/lib/inbox/inbox-filters";
import { fetchInboxSummary, fetchIndexedPage, type IndexedPage, type InboxSummary } from "./index-api";
import { inboxKeys } from "./query-options";

// The query keys and options of the list from the message index (INBOX_INDEX on). Kept
// beside query-options.ts (under the same "inbox" root) so the index's list can be
// dropped or changed without touching the Octopush-backed ones.

/** How often the list asks whether the index moved (a small answer: counts and a version). */
export const SUMMARY_POLL_MS = 3000;

export const indexedKeys = {
  all: [...inboxKeys.all, "indexed"] as const,
  lists: () => [...indexedKeys.all, "list"] as const,
  list: (view: InboxListView) => [...indexedKeys.lists(), view.filter ?? "all", view.channel ?? "*"] as const,
  summary: (channel: string | null) => [...indexedKeys.all, "summary", channel ?? "*"] as const,
};

type PageFetcher = (cursor: string | null) => Promise<IndexedPage>;

export function indexedListQueryOptions(view: InboxListView, fetchPage?: PageFetcher) {
  return infiniteQueryOptions({
    queryKey: indexedKeys.list(view),
    queryFn: ({ pageParam, signal }) => (fetchPage ? fetchPage(pageParam) : fetchIndexedPage(view, pageParam, signal)),
    initialPageParam: null as string | null,
    // A refetch reads the pages again in order, each from the cursor of the fresh page before it.
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function inboxSummaryQueryOptions(channel: string | null, fetchSummary?: () => Promise<InboxSummary>) {
  return queryOptions({
    queryKey: indexedKeys.summary(channel),
    queryFn: ({ signal }) => (fetchSummary ? fetchSummary() : fetchInboxSummary(channel, signal)),
    refetchInterval: SUMMARY_POLL_MS,
    refetchIntervalInBackground: true,
    staleTime: 1000,
    retry: false,
  });
}
