import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ThreadView } from "@/components/inbox/thread-view";
import { getEnv } from "@/lib/env";
import { conversationPath, parseConversationKey } from "@/lib/inbox/conversation-key";
import { fetchMessagesPage } from "@/lib/inbox/fetch-messages";
import { THREAD_PAGE_SIZE, threadQueryOptions } from "@/lib/inbox/queries";
import { getQueryClient } from "@/lib/query-client";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ message?: string | string[] }> };

export const metadata: Metadata = { title: "Conversation · Octopush Inbox" };

export default async function ConversationPage({ params, searchParams }: Props) {
  const { key } = await params;
  const { message } = await searchParams;
  const parsed = parseConversationKey(key, getEnv().defaultCountry);
  if (!parsed.ok) notFound();
  const canonical = parsed.identifier.value;
  const messageId = typeof message === "string" ? message : undefined;
  if (decodeURIComponent(key) !== canonical) redirect(conversationPath(canonical, messageId));

  const queryClient = getQueryClient();
  // The first page is fetched here so a pasted link shows messages in the first HTML.
  await queryClient.prefetchInfiniteQuery(
    threadQueryOptions(canonical, (page) =>
      fetchMessagesPage({ page, perPage: THREAD_PAGE_SIZE, filters: { contact: canonical } }),
    ),
  );

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ThreadView contactKey={canonical} />
    </HydrationBoundary>
  );
}
