"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { InboxListView } from "@/lib/inbox/inbox-filters";
import type { IndexedConversation } from "./index-api";
import { indexedListQueryOptions } from "./indexed-query-options";

/** The list from the index, in pages of 100; a conversation that moved between two pages shows once. */
export function useIndexedConversations(view: InboxListView) {
  const query = useInfiniteQuery(indexedListQueryOptions(view));
  const pages = query.data?.pages;
  const conversations = useMemo(() => {
    const seen = new Set<string>();
    const out: IndexedConversation[] = [];
    for (const page of pages ?? [])
      for (const c of page.conversations) {
        if (seen.has(c.key)) continue;
        seen.add(c.key);
        out.push(c);
      }
    return out;
  }, [pages]);
  return { ...query, conversations };
}
