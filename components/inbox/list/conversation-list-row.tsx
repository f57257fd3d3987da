import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { memo } from "react";
import { ChannelBadge } from "@/components/inbox/common/channel-badge";
import { DeliveryStatus } from "@/components/inbox/common/delivery-status";
import { Icon } from "@/components/ui/icon";
import { conversationPath } from "@/lib/inbox/conversation-path";
import type { ConversationSummary } from "@/lib/inbox/conversation-summary";
import { formatFullDateTime, formatListTime } from "@/lib/inbox/date-format";
import { InboxAvatar } from "@/components/inbox/common/inbox-avatar";
import { unreadLabel } from "@/lib/inbox/inbox-filters";

interface Props {
  conversation: ConversationSummary;
  active: boolean;
  index: number;
  tabIndex: number;
  now: Date | null;
  /** The agent's unread messages (the list from the index); undefined: not known. */
  unread?: number;
  /** Where the row leads; by default the conversation. The indexed list keeps its filter in it. */
  href?: string;
}

const ROW =
  "group flex gap-3 px-3 py-2.5 outline-none transition-colors focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-inset";

// One row of the inbox list, Front-like: who, when, what was said last, on which
// channel, how it went, who has it.
// Memoised: the virtualiser re-renders the list on every scroll step; a row changes only with its props.
export const ConversationListRow = memo(function ConversationListRow({
  conversation: c,
  active,
  index,
  tabIndex,
  now,
  unread,
  href,
}: Props) {
  const t = useTranslations("list");
  const locale = useLocale();
  const time = now ? formatListTime(c.last.sentAt, now, locale) : null;
  const outbound = c.last.direction === "outbound";
  const body = (
    <>
      <InboxAvatar name={c.name} seed={c.id} />
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex items-baseline gap-2">
          <span
            dir="auto"
            translate={c.title ? "no" : undefined}
            className={`min-w-0 flex-1 truncate text-left text-sm font-semibold ${active ? "text-indigo-950 dark:text-white" : "text-zinc-900 dark:text-zinc-100"}`}
          >
            {c.title ?? t("unknownContact")}
          </span>
          {unread ? <UnreadBadge count={unread} label={t("unread", { count: unread })} /> : null}
          {time && c.last.sentAt && (
            <time
              dateTime={c.last.sentAt}
              title={formatFullDateTime(new Date(c.last.sentAt), locale)}
              className="shrink-0 text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
            >
              {time}
            </time>
          )}
        </span>
        <span className="flex min-w-0 items-center gap-1 text-[13px] leading-snug text-zinc-600 dark:text-zinc-400">
          {outbound ? <Icon name="arrowLeft" className="size-3 shrink-0 rotate-180 text-zinc-400" /> : null}
          <span className="sr-only">{outbound ? t("sent") : t("received")} </span>
          <span
            dir="auto"
            translate={c.last.preview ? "no" : undefined}
            className={`truncate text-left ${c.last.preview ? "" : "italic"}`}
          >
            {c.last.preview ?? t("noText")}
          </span>
        </span>
        <span className="flex min-w-0 items-center gap-2">
          <ChannelBadge channel={c.last.channel} />
          <DeliveryStatus status={c.last.deliveryStatus} />
          {c.agent && (
            <span
              title={t("assignedTo", { agent: c.agent })}
              className="ml-auto inline-flex min-w-0 items-center gap-1 rounded-full bg-zinc-100 px-1.5 py-0.5 text-[11px] leading-none text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300"
            >
              <Icon name="user" className="size-3 shrink-0" />
              <span className="sr-only">{t("assignedPrefix")} </span>
              <span translate="no" className="max-w-28 truncate">
                {agentLabel(c.agent)}
              </span>
            </span>
          )}
        </span>
      </span>
    </>
  );

  const tone = active
    ? "bg-indigo-50 shadow-[inset_3px_0_0] shadow-indigo-500 dark:bg-indigo-950/50"
    : "hover:bg-zinc-50 dark:hover:bg-zinc-900";
  if (!c.key) {
    // The messages name no contact: there is no conversation URL to open.
    return (
      <div className={`${ROW} opacity-75`} data-row-index={index} tabIndex={tabIndex} title={t("noIdentifier")}>
        {body}
      </div>
    );
  }
  return (
    <Link
      href={href ?? conversationPath(c.key)}
      aria-current={active ? "page" : undefined}
      data-row-index={index}
      data-contact-key={c.key}
      tabIndex={tabIndex}
      className={`${ROW} ${tone}`}
    >
      {body}
    </Link>
  );
});

/** The unread count: "99+" above 99; the words are for screen readers. */
function UnreadBadge({ count, label }: { count: number; label: string }) {
  return (
    <span
      data-testid="unread-count"
      className="shrink-0 rounded-full bg-indigo-600 px-1.5 py-0.5 text-[11px] leading-none font-semibold text-white tabular-nums dark:bg-indigo-500"
    >
      <span aria-hidden="true">{unreadLabel(count)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** An agent given as an e-mail shows its local part; the full value is in the title. */
function agentLabel(agent: string): string {
  const at = agent.indexOf("@");
  return at > 0 ? agent.slice(0, at) : agent;
}
