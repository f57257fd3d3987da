"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { recentQueryOptions } from "./query-options";
import { summarizeConversations } from "@/lib/inbox/conversation-summary";

/** The inbox list: newest messages of every contact, grouped by contact. */
export function useRecentConversations() {
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } =
    useInfiniteQuery(recentQueryOptions());
  const pages = data?.pages;
  const conversations = useMemo(() => summarizeConversations(pages?.flatMap((p) => p.messages) ?? []), [pages]);
  return {
    conversations,
    error,
    isPending,
    refetch,
    fetchNextPage,
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
  };
}
