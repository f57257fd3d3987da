import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { getEnv } from "@/lib/config/env";
import { fetchMessagesPage } from "@/lib/inbox/server/fetch-messages";
import { RECENT_PAGE_SIZE, recentQueryOptions } from "@/lib/inbox/client/query-options";
import { getQueryClient } from "@/lib/inbox/client/query-client";
import { ConversationList } from "@/components/inbox/list/conversation-list";
import { IndexedConversationList } from "@/components/inbox/list/indexed-conversation-list";
import { IndexedInboxProvider } from "@/lib/inbox/client/indexed-inbox";
import { indexEnabled } from "@/lib/message-index/current";
import { prefetchIndexedList } from "@/lib/message-index/inbox-prefetch";
import { InboxFrame } from "./inbox-frame";
import { InboxAccount, InboxBrand } from "./inbox-top-bar";
import { SearchBox } from "@/components/inbox/search/search-box";

// The signed-in frame of /inbox and /conversations/<key> (the layout checked the
// session and hands over the agent, so it is decoded once per page): top bar (brand, demo
// badge, search, agent, sign-out) and the conversation list beside the page.
// The list's first page is fetched here, on the server, so the first HTML of
// either page already shows it (docs/decisions/inbox-list-and-search.md).
export async function AppShell({
  agent,
  children,
}: {
  agent: { name: string; email: string; role?: string };
  children: ReactNode;
}) {
  const env = getEnv();
  const queryClient = getQueryClient();
  const indexed = indexEnabled();
  if (indexed) {
    // The list from the message index (docs/decisions/message-index.md).
    await prefetchIndexedList(queryClient, agent);
  } else {
    await queryClient.prefetchInfiniteQuery({
      ...recentQueryOptions((page) => fetchMessagesPage({ page, perPage: RECENT_PAGE_SIZE, filters: {} })),
      // A failing upstream must not hold the page: the browser retries.
      retry: false,
    });
  }

  return (
    <Providers>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <IndexedInboxProvider enabled={indexed}>
          <InboxFrame
            brand={<InboxBrand demo={env.mode === "demo"} />}
            account={<InboxAccount name={agent.name} email={agent.email} role={agent.role} />}
            search={<SearchBox defaultCountry={env.defaultCountry} textSearch={indexed} />}
            list={indexed ? <IndexedConversationList /> : <ConversationList />}
          >
            {children}
          </InboxFrame>
        </IndexedInboxProvider>
      </HydrationBoundary>
    </Providers>
  );
}
