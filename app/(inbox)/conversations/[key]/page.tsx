import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ThreadView } from "@/components/inbox/thread/thread-view";
import { getEnv } from "@/lib/config/env";
import { parseConversationKey } from "@/lib/inbox/conversation-key";
import { conversationPath } from "@/lib/inbox/conversation-path";
import { fetchMessagesPage } from "@/lib/inbox/server/fetch-messages";
import { THREAD_PAGE_SIZE, threadQueryOptions } from "@/lib/inbox/client/query-options";
import { contactSummary } from "@/lib/inbox/thread-contact";
import { getQueryClient } from "@/lib/inbox/client/query-client";
import { allowedDurations } from "@/lib/sharing/expiry";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ message?: string | string[] }> };

/** Page 1 of a contact, fetched once per request for both the title and the page. */
const firstPage = cache((contactKey: string) =>
  fetchMessagesPage({ page: 1, perPage: THREAD_PAGE_SIZE, filters: { contact: contactKey } }),
);

function canonicalKey(segment: string): string | null {
  const parsed = parseConversationKey(segment, getEnv().defaultCountry);
  return parsed.ok ? parsed.identifier.value : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("meta");
  const title = (page: string) => ({ title: t("title", { page }) });
  const key = canonicalKey((await params).key);
  if (!key) return title(t("conversationNotFound"));
  try {
    const page = await firstPage(key);
    if (page.messages.length === 0) return title(t("noConversationFor", { key }));
    return title(contactSummary(key, page.messages).title);
  } catch {
    return title(key);
  }
}

export default async function ConversationPage({ params, searchParams }: Props) {
  const { key } = await params;
  const { message } = await searchParams;
  const canonical = canonicalKey(key);
  if (!canonical) notFound();
  const messageId = typeof message === "string" && message.length > 0 && message.length <= 200 ? message : undefined;
  if (decodeURIComponent(key) !== canonical) redirect(conversationPath(canonical, messageId));

  const queryClient = getQueryClient();
  // The first page is fetched here so a pasted link shows messages in the first HTML.
  await queryClient.prefetchInfiniteQuery(threadQueryOptions(canonical, () => firstPage(canonical)));

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ThreadView
        contactKey={canonical}
        messageId={messageId}
        shareDurations={allowedDurations(getEnv().share.maxDays)}
      />
    </HydrationBoundary>
  );
}
