"use client";

import { useTranslations } from "next-intl";
import { ChannelBadge } from "@/components/inbox/common/channel-badge";
import { InboxAvatar } from "@/components/inbox/common/inbox-avatar";
import { CopyButton } from "@/components/ui/copy-button";
import { Icon } from "@/components/ui/icon";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { ConversationActions } from "@/components/inbox/thread/conversation-actions";
import { conversationPath } from "@/lib/inbox/conversation-path";
import type { ContactSummary } from "@/lib/inbox/thread-contact";
import type { ShareDuration } from "@/lib/sharing/expiry";
import type { Ref } from "react";
import { ShareButton, type ShareDialogHandle } from "./share-button";

interface Props {
  contactKey: string;
  summary: ContactSummary;
  shareDurations: readonly ShareDuration[];
  /** The message a ?message= link points at: the Share dialog offers to start there. */
  messageId?: string;
  shareRef?: Ref<ShareDialogHandle>;
}

export function ContactHeader({ contactKey, summary, shareDurations, messageId, shareRef }: Props) {
  const t = useTranslations("thread.header");
  return (
    <header
      data-testid="contact-header"
      className="shrink-0 border-b border-zinc-200 bg-white px-3 py-3 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {/* On a phone the actions wrap onto their own line under the title instead of widening the page. */}
      <div className="flex flex-wrap items-start gap-3">
        {/* The same avatar, colour and initials as the contact's row in the list. */}
        <InboxAvatar
          name={summary.hasName ? summary.title : null}
          seed={contactKey}
          className="mt-0.5 hidden size-10 text-sm sm:inline-flex"
        />
        <div className="min-w-0 flex-1">
          <h1
            dir="auto"
            translate="no"
            className="truncate text-lg leading-tight font-semibold text-zinc-900 dark:text-white"
          >
            {summary.title}
          </h1>
          <dl className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
            {summary.identifiers.map((id) => (
              <div key={id.kind} className="flex min-w-0 items-center gap-1">
                <dt className="sr-only">{t(`identifier.${id.kind}`)}</dt>
                <dd className="flex min-w-0 items-center gap-0.5">
                  <span
                    translate="no"
                    className="truncate font-mono text-[12px]"
                    title={t("identifierTitle", { kind: t(`identifier.${id.kind}`), value: id.value })}
                  >
                    {id.value}
                  </span>
                  <CopyButton value={id.value} label={t(`copy.${id.kind}`)} />
                </dd>
              </div>
            ))}
          </dl>
          {summary.channels.length > 0 || summary.agents.length > 0 ? (
            <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
              {summary.channels.length > 0 ? (
                <ul aria-label={t("channels")} className="flex flex-wrap gap-1">
                  {summary.channels.map((c) => (
                    <li key={c}>
                      <ChannelBadge channel={c} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {summary.agents.length > 0 ? (
                <p className="flex items-center gap-1">
                  <Icon name="user" className="size-3.5" />
                  <span>
                    {t.rich("assignedTo", {
                      agent: summary.agents[0] ?? "",
                      name: (chunks) => (
                        <span
                          translate="no"
                          className="font-medium text-zinc-800 dark:text-zinc-200"
                          title={
                            summary.agents.length > 1
                              ? t("earlierAgents", { agents: summary.agents.slice(1).join(", ") })
                              : undefined
                          }
                        >
                          {chunks}
                        </span>
                      ),
                    })}
                  </span>
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
        <div
          data-print-hide
          className="flex max-w-full flex-wrap items-center justify-end gap-1 max-sm:w-full max-sm:justify-start"
        >
          <ShareButton contactKey={contactKey} durations={shareDurations} messageId={messageId} ref={shareRef} />
          <ConversationActions contactKey={contactKey} />
          <CopyButton
            value={() => location.origin + conversationPath(contactKey)}
            label={t("copyConversationLink")}
            copiedLabel={t("linkCopied")}
            text={t("copyLink")}
            icon="link"
          />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
