"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef } from "react";
import { ContactHeader } from "@/components/inbox/thread/contact-header";
import type { ShareDialogHandle } from "@/components/inbox/thread/share-button";
import { ShareFromContext } from "@/components/inbox/thread/share-from-here";
import { ThreadDeepLinkBanner } from "@/components/inbox/thread/thread-deep-link";
import { ThreadList } from "@/components/inbox/thread/thread-list";
import { ThreadError } from "@/components/inbox/thread/thread-error";
import { ThreadSkeleton } from "@/components/inbox/thread/thread-skeleton";
import { OfflineBanner, ThreadNotFound } from "@/components/inbox/thread/thread-states";
import { contactSummary } from "@/lib/inbox/thread-contact";
import { useMessageDeepLink } from "@/lib/inbox/client/use-message-deep-link";
import type { ShareDuration } from "@/lib/sharing/expiry";
import { useErrorText } from "@/lib/inbox/client/use-error-text";
import { useThreadPaging } from "@/lib/inbox/client/use-thread-paging";

/** The conversation screen: header, states, and the virtualized thread. */
export function ThreadView({
  contactKey,
  messageId,
  shareDurations,
}: {
  contactKey: string;
  messageId?: string;
  /** What the Share dialog offers (INBOX_SHARE_MAX_DAYS is read on the server). */
  shareDurations: readonly ShareDuration[];
}) {
  const t = useTranslations("thread");
  const errorText = useErrorText();
  const { query, messages, deepestPage, paging } = useThreadPaging(contactKey);
  const shareDialog = useRef<ShareDialogHandle>(null);
  const shareFrom = useCallback((id: string) => shareDialog.current?.openFrom(id), []);

  const newestFirst = useMemo(() => [...messages].reverse(), [messages]);
  const summary = useMemo(() => contactSummary(contactKey, newestFirst), [contactKey, newestFirst]);

  const targetIndex = messageId ? messages.findIndex((m) => m.id === messageId) : -1;
  const deepLink = useMessageDeepLink({
    messageId,
    index: targetIndex,
    deepestPage,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchNextPageError: query.isFetchNextPageError,
    fetchNextPage: paging.loadOlder,
  });

  if (query.isPending) return <ThreadSkeleton />;
  if (query.isError && !query.data) {
    return (
      <ThreadError message={errorText(query.error)} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  }
  if (messages.length === 0) return <ThreadNotFound contactKey={contactKey} />;

  return (
    <ShareFromContext value={shareFrom}>
      <div className="flex min-h-0 flex-1 flex-col">
        <ContactHeader
          shareRef={shareDialog}
          contactKey={contactKey}
          summary={summary}
          shareDurations={shareDurations}
          messageId={messageId}
        />
        <OfflineBanner />
        <ThreadDeepLinkBanner state={deepLink.state} onCancel={deepLink.cancel} />
        <ThreadList
          key={contactKey}
          contactKey={contactKey}
          label={t("logLabel", { title: summary.title })}
          messages={messages}
          paging={paging}
          target={messageId ? { id: messageId, index: targetIndex >= 0 ? targetIndex : null } : null}
          autoLoad={deepLink.state.status !== "searching"}
        />
      </div>
    </ShareFromContext>
  );
}
