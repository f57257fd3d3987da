import type { InboxListView } from "@/lib/inbox/inbox-filters";
import type { IndexedConversationRow } from "@/lib/message-index/inbox-list";
import { requestJson } from "./api-client";

// The browser's side of /api/inbox/* (the list from the message index). Throws
// ApiClientError on any non-2xx, like the messages client.

/** One row of the list, as GET /api/inbox/conversations sends it. */
export type IndexedConversation = IndexedConversationRow;

export interface IndexedPage {
  conversations: IndexedConversation[];
  nextCursor: string | null;
}

export interface InboxSummary {
  version: number;
  behindMinutes: number;
  /** The index holds nothing yet and no sync has finished: "Indexing your conversations…". */
  indexing: boolean;
  filters: Record<"all" | "unread" | "awaiting" | "failed" | "mine", number>;
  channels: { channel: string; count: number }[];
  unreadConversations: number;
  newestUnread: { key: string; name: string | null; seq: number } | null;
}

export const INDEXED_PAGE_SIZE = 100;

export function fetchIndexedPage(view: InboxListView, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: String(INDEXED_PAGE_SIZE) });
  if (view.filter) params.set("filter", view.filter);
  if (view.channel) params.set("channel", view.channel);
  if (cursor) params.set("cursor", cursor);
  return requestJson<IndexedPage>(`/api/inbox/conversations?${params}`, { signal });
}

export function fetchInboxSummary(channel: string | null, signal?: AbortSignal) {
  const params = channel ? `?${new URLSearchParams({ channel })}` : "";
  return requestJson<InboxSummary>(`/api/inbox/summary${params}`, { signal });
}

/** "read": the agent had `messageId` on screen; "unread": Mark as unread. */
export function sendReadMark(kind: "read" | "unread", key: string, messageId: string | null) {
  return requestJson<{ key: string | null; readSeq: number | null }>("/api/inbox/read-marks", {
    method: kind === "read" ? "POST" : "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key, messageId }),
  });
}
