import "server-only";
import { getEnv } from "@/lib/config/env";
import { fetchMessagesPage } from "@/lib/inbox/server/fetch-messages";
import { UPSTREAM_MAX_PER_PAGE } from "@/lib/inbox/server/parse-messages-request";
import type { InboxMessage } from "@/lib/inbox/types";

// What /conversations/<key>/print renders: every message up to a bound, oldest
// first, read from the server (the on-screen thread is virtualized and holds only
// what was scrolled, so it cannot be printed whole). Past the bound, the newest
// PRINT_MAX_MESSAGES are kept and the page says so (the export has everything).

export const PRINT_MAX_MESSAGES = 2_000;

export interface PrintableThread {
  /** Oldest first. */
  messages: InboxMessage[];
  truncated: boolean;
  first: string | null;
  last: string | null;
}

export async function loadPrintableThread(contactKey: string, max = PRINT_MAX_MESSAGES): Promise<PrintableThread> {
  const newestFirst: InboxMessage[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (let page = 1; ; page++) {
    const result = await fetchMessagesPage({ page, perPage: UPSTREAM_MAX_PER_PAGE, filters: { contact: contactKey } });
    for (const message of result.messages) {
      if (seen.has(message.id)) continue;
      if (newestFirst.length >= max) {
        truncated = true;
        break;
      }
      seen.add(message.id);
      newestFirst.push(message);
    }
    if (truncated || !result.hasMore || result.messages.length === 0) break;
  }
  // With OCTOPUSH_LIST_ORDER=oldest-first the pages run the other way; the bound then keeps the oldest.
  const messages = getEnv().octopush.listOrder === "oldest-first" ? newestFirst : [...newestFirst].reverse();
  const dates = messages
    .map((m) => m.sentAt)
    .filter((d): d is string => d !== null)
    .sort();
  return { messages, truncated, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}
