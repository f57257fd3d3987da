"use client";

import { useEffect, useState } from "react";

/** How far back a `?message=` link is looked for: 100 pages of 50, the newest 5,000 messages. */
export const DEEP_LINK_MAX_PAGES = 100;

export type DeepLinkState =
  | { status: "none" }
  | { status: "searching"; pagesSearched: number; maxPages: number }
  | { status: "found"; index: number }
  | { status: "not-found"; pagesSearched: number; exhausted: boolean }
  | { status: "error" }
  | { status: "cancelled" };

interface Input {
  messageId: string | undefined;
  /** Index of the message in the list, -1 when not loaded. */
  index: number;
  deepestPage: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

/**
 * A link to one message: load older pages until the message is in the list,
 * bounded by DEEP_LINK_MAX_PAGES. Once found it stays found, even if the page
 * holding it is later dropped from memory (maxPages) as the agent scrolls.
 */
export function useMessageDeepLink(input: Input) {
  const { messageId, index, deepestPage, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = input;
  const [settledFor, setSettledFor] = useState<string | null>(null);
  const [cancelledFor, setCancelledFor] = useState<string | null>(null);
  if (messageId && index >= 0 && settledFor !== messageId) setSettledFor(messageId);

  let state: DeepLinkState;
  if (!messageId) state = { status: "none" };
  else if (index >= 0) state = { status: "found", index };
  else if (settledFor === messageId) state = { status: "none" };
  else if (cancelledFor === messageId) state = { status: "cancelled" };
  else if (isFetchNextPageError) state = { status: "error" };
  else if (deepestPage === 0) state = { status: "searching", pagesSearched: 0, maxPages: DEEP_LINK_MAX_PAGES };
  else if (!hasNextPage || deepestPage >= DEEP_LINK_MAX_PAGES)
    state = { status: "not-found", pagesSearched: deepestPage, exhausted: !hasNextPage };
  else state = { status: "searching", pagesSearched: deepestPage, maxPages: DEEP_LINK_MAX_PAGES };

  const shouldFetch = state.status === "searching" && deepestPage > 0 && !isFetchingNextPage;
  useEffect(() => {
    if (shouldFetch) void fetchNextPage();
  }, [shouldFetch, deepestPage, fetchNextPage]);

  return { state, cancel: () => setCancelledFor(messageId ?? null) };
}
