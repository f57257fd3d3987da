import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "@/lib/db/instance";
import { encodeCursor } from "@/lib/inbox/server/parse-inbox-request";
import { INDEXED_PAGE_SIZE } from "@/lib/inbox/client/index-api";
import { inboxSummaryQueryOptions, indexedListQueryOptions } from "@/lib/inbox/client/indexed-query-options";
import { listIndexedConversations } from "./inbox-list";
import { inboxAgent, readInboxSummary } from "./inbox-session";

// The shell's first page of the indexed list (All, every channel) and its summary, read
// straight from the store so the first HTML shows them. A layout has no search params:
// a filtered URL shows a skeleton, then its own list from the browser.
export async function prefetchIndexedList(queryClient: QueryClient, user: { email: string; name: string }) {
  const agent = await inboxAgent({ user: { ...user, role: "agent" } });
  const all = { filter: null, channel: null };
  await Promise.all([
    queryClient.prefetchInfiniteQuery({
      ...indexedListQueryOptions(all, async () => {
        const page = await listIndexedConversations(await getDb(), agent, all, {
          cursor: null,
          limit: INDEXED_PAGE_SIZE,
        });
        return {
          conversations: page.conversations,
          nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
        };
      }),
      retry: false,
    }),
    queryClient.prefetchQuery({ ...inboxSummaryQueryOptions(null, () => readInboxSummary(agent, null)), retry: false }),
  ]);
}
