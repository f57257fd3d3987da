"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { threadQueryOptions } from "./query-options";
import { chronological } from "@/lib/inbox/thread-rows";

/** One contact's thread: the infinite query and its messages, oldest first. */
export function useThread(contactKey: string) {
  const query = useInfiniteQuery(threadQueryOptions(contactKey));
  const pages = query.data?.pages;
  const messages = useMemo(() => (pages ? chronological(pages) : []), [pages]);
  const pageParams = query.data?.pageParams;
  /** The oldest page number loaded: how far back the thread has been read. */
  const deepestPage = pageParams && pageParams.length > 0 ? Math.max(...pageParams) : 0;
  /** Page 1 is loaded: the newest messages are in the list. */
  const hasNewest = !!pageParams && pageParams.includes(1);
  return { query, messages, deepestPage, hasNewest };
}
