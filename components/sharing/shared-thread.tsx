import { useFormatter, useTranslations } from "next-intl";
import { ChannelBadge } from "@/components/inbox/common/channel-badge";
import { InboxAvatar } from "@/components/inbox/common/inbox-avatar";
import { MessageBubble } from "@/components/inbox/thread/message-bubble";
import { buttonClasses } from "@/components/ui/button";
import type { ContactSummary } from "@/lib/inbox/thread-contact";
import type { InboxMessage } from "@/lib/inbox/types";

// The shared page's thread: server-rendered, read-only, the same bubbles, badges
// and statuses as the inbox; no search, no other conversations, and the only
// links are this page's own (older and newer pages of the same token).

interface Props {
  token: string;
  /** Already masked (lib/sharing/shared-contact.ts). */
  summary: ContactSummary;
  /** Newest first, as Octopush pages them. */
  messages: InboxMessage[];
  page: number;
  hasOlder: boolean;
  expiresAt: string;
  note: string | null;
  scoped: boolean;
}

export function SharedThread({ token, summary, messages, page, hasOlder, expiresAt, note, scoped }: Props) {
  const t = useTranslations("sharedPage");
  const format = useFormatter();
  const self = `/s/${encodeURIComponent(token)}`;
  const oldestFirst = [...messages].reverse();
  return (
    <div className="flex min-h-dvh flex-col">
      <header
        data-testid="shared-header"
        className="border-b border-zinc-200 bg-white px-4 py-3 sm:px-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <p className="text-xs font-medium tracking-wide text-zinc-600 uppercase dark:text-zinc-400">{t("readOnly")}</p>
        <div className="mt-2 flex items-start gap-3">
          <InboxAvatar name={summary.hasName ? summary.title : null} seed={summary.title} className="size-10 text-sm" />
          <div className="min-w-0 flex-1">
            <h1 dir="auto" translate="no" className="truncate text-lg font-semibold text-zinc-900 dark:text-white">
              {summary.title}
            </h1>
            <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
              {summary.identifiers.map((id) => (
                <div key={id.kind} className="flex items-center gap-1">
                  <dt>{t(`identifier.${id.kind}`)}</dt>
                  <dd translate="no" data-testid="masked-identifier" className="font-mono text-[12px]">
                    {id.value}
                  </dd>
                </div>
              ))}
            </dl>
            {summary.channels.length > 0 ? (
              <ul aria-label={t("channels")} className="mt-1.5 flex flex-wrap gap-1">
                {summary.channels.map((c) => (
                  <li key={c}>
                    <ChannelBadge channel={c} />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
          {scoped ? t("scopeFrom") : t("scopeWhole")} ·{" "}
          {t("expires", { date: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
        {note ? (
          <p className="mt-2 rounded-md bg-zinc-100 px-3 py-2 text-sm whitespace-pre-wrap text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
            <span className="font-medium">{t("note")}</span> {note}
          </p>
        ) : null}
      </header>
      <main className="flex-1 py-3">
        {hasOlder ? (
          <p className="px-4 pb-2 text-center">
            <a href={`${self}?page=${page + 1}`} className={buttonClasses("secondary", "sm")}>
              {t("loadOlder")}
            </a>
          </p>
        ) : null}
        {oldestFirst.length === 0 ? (
          <p className="px-4 py-10 text-center text-sm text-zinc-600 dark:text-zinc-400">{t("empty")}</p>
        ) : (
          <section role="log" aria-label={t("messages")} data-testid="shared-thread">
            {oldestFirst.map((m) => (
              <MessageBubble key={m.id} message={m} contactKey={null} />
            ))}
          </section>
        )}
        {page > 1 ? (
          <p className="px-4 pt-2 text-center">
            <a href={page === 2 ? self : `${self}?page=${page - 1}`} className={buttonClasses("secondary", "sm")}>
              {t("loadNewer")}
            </a>
          </p>
        ) : null}
      </main>
    </div>
  );
}
