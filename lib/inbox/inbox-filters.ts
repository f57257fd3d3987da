// The inbox list's filters as they live in the URL (/inbox?filter=unread&channel=whatsapp).
// Pure: the page, the list and the API read them the same way. An unknown filter is
// All and an unusable channel is none: a shared link never becomes an error page.

export const INBOX_FILTERS = ["unread", "awaiting", "failed", "mine"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** Octopush channel values are short lower-case words (sms, whatsapp, multi_channel…). */
const CHANNEL_RE = /^[a-z][a-z0-9_-]{0,39}$/;

export interface InboxListView {
  filter: InboxFilter | null;
  channel: string | null;
}

type Params = Pick<URLSearchParams, "get"> | null | undefined;

export function parseFilter(value: string | null | undefined): InboxFilter | null {
  const v = value?.trim().toLowerCase();
  return (INBOX_FILTERS as readonly string[]).includes(v ?? "") ? (v as InboxFilter) : null;
}

export function parseChannel(value: string | null | undefined): string | null {
  const v = value?.trim().toLowerCase() ?? "";
  return CHANNEL_RE.test(v) ? v : null;
}

export function readListView(params: Params): InboxListView {
  return { filter: parseFilter(params?.get("filter")), channel: parseChannel(params?.get("channel")) };
}

/** The query string of a view ("" for All on every channel), in a stable order. */
export function listViewQuery(view: InboxListView): string {
  const params = new URLSearchParams();
  if (view.filter) params.set("filter", view.filter);
  if (view.channel) params.set("channel", view.channel);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** "99+" above 99. */
export function unreadLabel(count: number): string {
  return count > 99 ? "99+" : String(count);
}
