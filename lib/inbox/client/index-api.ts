import type { InboxListView } from "@/lib/inbox/inbox-filters";
import { ApiClientError } from "./api-client";
import { isServerErrorCode } from "@/lib/api/error-codes";

// The browser's side of /api/inbox/* (the list from the message index). Throws
// ApiClientError on any non-2xx, like the messages client.

export interface IndexedConversation {
  key: string;
  name: string | null;
  lastSeq: number;
  lastMessageId: string;
  lastBody: string | null;
  lastDirection: string | null;
  lastChannel: string | null;
  lastDeliveryStatus: string | null;
  lastSentAt: string | null;
  assignedAgent: string | null;
  channels: string[];
  /** The agent's unread inbound messages, counted up to 100 ("99+"). */
  unread: number;
}

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

async function requestJson<T>(url: string, init: RequestInit & { signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiClientError(0, "offline", "The inbox server cannot be reached. Check your connection and try again.");
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
    const message = body?.error?.message;
    throw new ApiClientError(
      res.status,
      isServerErrorCode(body?.error?.code) ? body.error.code : "http_error",
      typeof message === "string" && message ? message : `The inbox server answered ${res.status}. Try again.`,
    );
  }
  return (await res.json()) as T;
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
