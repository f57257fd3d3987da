import { useTranslations } from "next-intl";
import { memo } from "react";
import { ChannelBadge } from "@/components/inbox/common/channel-badge";
import { DeliveryStatus } from "@/components/inbox/common/delivery-status";
import { MessageText } from "@/components/inbox/thread/message-text";
import { MessageTime } from "@/components/inbox/common/message-time";
import { ShareFromHere } from "@/components/inbox/thread/share-from-here";
import { CopyButton } from "@/components/ui/copy-button";
import { conversationPath } from "@/lib/inbox/conversation-path";
import { deliveryInfo } from "@/lib/inbox/delivery-status";
import type { InboxMessage } from "@/lib/inbox/types";

interface Props {
  message: InboxMessage;
  /** The message a `?message=` link points at. */
  highlighted?: boolean;
  /** The conversation's canonical key, for the message's link; null on a shared page (no link into the app). */
  contactKey: string | null;
}

function MessageBubbleImpl({ message, highlighted = false, contactKey }: Props) {
  const t = useTranslations("thread.message");
  const outbound = message.direction === "outbound";
  const failed = deliveryInfo(message.deliveryStatus)?.failed ?? false;
  const unknownDirection = message.direction !== null && message.direction !== "inbound" && !outbound;

  const bubble = outbound
    ? `bg-indigo-600 text-white rounded-2xl rounded-br-md dark:bg-indigo-600 ${failed ? "ring-2 ring-red-500 ring-offset-2 ring-offset-zinc-50 dark:ring-red-400 dark:ring-offset-zinc-950" : ""}`
    : "bg-white text-zinc-900 rounded-2xl rounded-bl-md ring-1 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-700";

  return (
    <article
      data-message-id={message.id}
      data-direction={outbound ? "outbound" : "inbound"}
      data-highlighted={highlighted || undefined}
      aria-current={highlighted ? "true" : undefined}
      aria-label={outbound ? t("sent") : t("received")}
      className={`group flex flex-col px-3 py-1.5 sm:px-6 ${outbound ? "items-end" : "items-start"} ${
        highlighted ? "bg-amber-100/70 dark:bg-amber-400/15" : ""
      }`}
    >
      <div
        className={`max-w-[min(85%,42rem)] px-3.5 py-2 shadow-xs ${bubble} ${highlighted ? "outline-2 outline-offset-2 outline-amber-500" : ""}`}
      >
        {message.text ? (
          <div translate="no">
            <MessageText text={message.text} outbound={outbound} />
          </div>
        ) : (
          <p className={`text-sm italic ${outbound ? "text-indigo-100" : "text-zinc-500 dark:text-zinc-400"}`}>
            {t("noText")}
          </p>
        )}
      </div>
      <div
        className={`mt-1 flex max-w-full flex-wrap items-center gap-x-2 gap-y-1 px-1 text-[11px] text-zinc-600 dark:text-zinc-400 ${
          outbound ? "flex-row-reverse" : ""
        }`}
      >
        <ChannelBadge channel={message.channel} />
        {outbound ? <DeliveryStatus status={message.deliveryStatus} /> : null}
        {message.sentAt ? <MessageTime iso={message.sentAt} /> : null}
        {outbound && message.agent ? (
          <span className="truncate">
            {t.rich("byAgent", {
              agent: message.agent,
              name: (chunks) => <span translate="no">{chunks}</span>,
            })}
          </span>
        ) : null}
        {unknownDirection ? <span>{t("direction", { direction: message.direction ?? "" })}</span> : null}
        {contactKey === null ? null : (
          <ShareFromHere
            messageId={message.id}
            className="opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 focus-visible:opacity-100 pointer-coarse:opacity-100"
          />
        )}
        {contactKey === null ? null : (
          <CopyButton
            // Built at click time: location is the browser's, and the server renders this button too.
            value={() => location.origin + conversationPath(contactKey, message.id)}
            label={t("copyLink")}
            copiedLabel={t("linkCopied")}
            icon="link"
            className="opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 focus-visible:opacity-100 pointer-coarse:opacity-100"
          />
        )}
      </div>
    </article>
  );
}

export const MessageBubble = memo(MessageBubbleImpl);
