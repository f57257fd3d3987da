"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { InboxSummary } from "./index-api";
import { indexedKeys, inboxSummaryQueryOptions } from "./indexed-query-options";

const TITLE_PREFIX = /^\(\d+\+?\) /;

/** "(3) Octopush Inbox": the number of unread conversations before whatever title the page has. */
function applyTitle(unread: number) {
  const base = document.title.replace(TITLE_PREFIX, "");
  const next = unread > 0 ? `(${unread > 99 ? "99+" : unread}) ${base}` : base;
  if (document.title !== next) document.title = next;
}

/**
 * The live side of the indexed list: polls the summary, refetches the list when the
 * index's version moves, keeps the tab title's count (also after Next changes the title
 * on navigation), and calls `onNewUnread` when a newer inbound message arrives.
 */
export function useInboxLive(
  channel: string | null,
  onNewUnread: (conversation: NonNullable<InboxSummary["newestUnread"]>) => void,
) {
  const queryClient = useQueryClient();
  const summary = useQuery(inboxSummaryQueryOptions(channel));
  const data = summary.data;

  const version = data?.version;
  const seenVersion = useRef(version);
  useEffect(() => {
    if (version === undefined || version === seenVersion.current) return;
    seenVersion.current = version;
    void queryClient.invalidateQueries({ queryKey: indexedKeys.lists() });
  }, [version, queryClient]);

  const unread = data?.unreadConversations ?? 0;
  useEffect(() => {
    applyTitle(unread);
    const title = document.querySelector("title");
    if (!title) return;
    const observer = new MutationObserver(() => applyTitle(unread));
    observer.observe(title, { childList: true, characterData: true, subtree: true });
    return () => observer.disconnect();
  }, [unread]);
  useEffect(() => () => void (document.title = document.title.replace(TITLE_PREFIX, "")), []);

  const newest = data?.newestUnread ?? null;
  const notified = useRef<number | null | undefined>(undefined);
  const onNew = useRef(onNewUnread);
  useEffect(() => {
    onNew.current = onNewUnread;
  });
  useEffect(() => {
    if (!data) return;
    const seq = newest?.seq ?? null;
    // The first answer is what was already there; only what arrives after it is new.
    if (notified.current !== undefined && newest && (notified.current === null || newest.seq > notified.current))
      onNew.current(newest);
    if (notified.current === undefined || seq === null || notified.current === null || seq > notified.current)
      notified.current = seq;
  }, [data, newest]);

  return summary;
}
