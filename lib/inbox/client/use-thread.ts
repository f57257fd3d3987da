"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { threadQueryOptions } from "./query-options";
import { THREAD_PAGE_SIZE, endOf, isNewestPage } from "@/lib/inbox/thread-pages";
import { chronological } from "@/lib/inbox/thread-rows";

/** One contact's thread: the infinite query and its messages, oldest first. */
export function useThread(contactKey: string) {
  const query = useInfiniteQuery(threadQueryOptions(contactKey));
  const pages = query.data?.pages;
  const messages = useMemo(() => (pages ? chronological(pages) : []), [pages]);
  const pageParams = query.data?.pageParams;
  /** How far back the thread has been read, in pages of THREAD_PAGE_SIZE (pages grow going back). */
  const deepestPage = pageParams && pageParams.length > 0 ? Math.max(...pageParams.map(endOf)) / THREAD_PAGE_SIZE : 0;
  /** Page 1 is loaded: the newest messages are in the list. */
  const hasNewest = !!pageParams && pageParams.some(isNewestPage);
  return { query, messages, deepestPage, hasNewest };
}
