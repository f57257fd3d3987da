import type { InboxMessage, MessagesPage } from "./types";
import { dayKey } from "./date-format";

// The thread's data → what the list draws, oldest at the top. Pure, so it is
// tested as a table. The API's pages are newest first (fetchMessagesPage applies
// lib/inbox/order.ts), page 1 holding the newest messages.

export type ThreadRow =
  { kind: "day"; key: string; date: string } | { kind: "message"; key: string; message: InboxMessage };

/**
 * Oldest first, each message once. Page numbers shift when new messages arrive
 * (a message on page 1 moves to page 2), so a message may be in two pages: the
 * copy from the newer page is the fresher one and wins.
 */
export function chronological(pages: readonly MessagesPage[]): InboxMessage[] {
  // By position, not page number: older pages are larger (lib/inbox/thread-pages.ts).
  const byNewest = [...pages].sort((a, b) => (a.page - 1) * a.perPage - (b.page - 1) * b.perPage);
  const seen = new Set<string>();
  const newestFirst: InboxMessage[] = [];
  for (const page of byNewest) {
    for (const message of page.messages) {
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      newestFirst.push(message);
    }
  }
  return newestFirst.reverse();
}

/** The local calendar day of an ISO date, `YYYY-MM-DD`, or null without a usable date. */
export function localDay(iso: string | null, timeZone?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return dayKey(date, timeZone);
}

// The rows are rebuilt whenever a page arrives (up to THREAD_MAX_PAGES' worth of
// messages) and Intl's day formatting was a tenth of the deep-history scroll's
// script time: each message's day is kept beside it (a message object is never
// changed; a fresher copy is a new object), and goes with it.
const days = new WeakMap<InboxMessage, { timeZone: string | undefined; day: string | null }>();

function dayOf(message: InboxMessage, timeZone: string | undefined): string | null {
  const kept = days.get(message);
  if (kept && kept.timeZone === timeZone) return kept.day;
  const day = localDay(message.sentAt, timeZone);
  days.set(message, { timeZone, day });
  return day;
}

/**
 * Rows with a day separator before the first message of each day. Messages
 * without a date get none: a day is never guessed.
 */
export function threadRows(messages: readonly InboxMessage[], timeZone?: string): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let lastDay: string | null = null;
  const daysSeen = new Map<string, number>();
  for (const message of messages) {
    const day = dayOf(message, timeZone);
    if (day && day !== lastDay) {
      // Keyed by the day alone, so the key survives older messages of that day being
      // prepended (the list anchors on keys); a day seen again (dates out of order) gets a suffix.
      const n = daysSeen.get(day) ?? 0;
      daysSeen.set(day, n + 1);
      rows.push({ kind: "day", key: n === 0 ? `day:${day}` : `day:${day}:${n}`, date: message.sentAt as string });
      lastDay = day;
    }
    rows.push({ kind: "message", key: message.id, message });
  }
  return rows;
}

/**
 * How many messages of a fresh page 1 (newest first) are newer than the newest
 * one the thread shows. When it is not there at all, every message is new (and
 * there may be more: `atLeast`).
 */
export function countNewer(
  head: readonly InboxMessage[],
  newestShownId: string | undefined,
): { count: number; atLeast: boolean } {
  if (newestShownId === undefined) return { count: 0, atLeast: false };
  const index = head.findIndex((m) => m.id === newestShownId);
  if (index === -1) return { count: head.length, atLeast: head.length > 0 };
  return { count: index, atLeast: false };
}

/**
 * Puts a fresh page 1 in place of the thread's page 1: new messages appear and
 * the newest messages' statuses are refreshed. Older messages of the old page 1
 * that were pushed out of it stay (they are on page 2 now).
 */
export function mergeHead(pages: readonly MessagesPage[], head: MessagesPage): MessagesPage[] {
  const first = pages[0];
  if (!first || first.page !== 1) return [...pages];
  const ids = new Set(head.messages.map((m) => m.id));
  const merged: MessagesPage = {
    ...first,
    messages: [...head.messages, ...first.messages.filter((m) => !ids.has(m.id))],
  };
  return [merged, ...pages.slice(1)];
}
