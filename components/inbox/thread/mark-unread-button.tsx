"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMarkUnread } from "@/lib/inbox/client/use-read-mark";

// "Mark as unread" in the thread's header (only with the message index on): the agent's
// previous read mark comes back and the list shows the count again.
export function MarkUnreadButton({ contactKey }: { contactKey: string }) {
  const t = useTranslations("thread.header");
  const { enabled, status, markUnread } = useMarkUnread(contactKey);
  if (!enabled) return null;
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        icon="chat"
        loading={status === "busy"}
        onClick={() => void markUnread()}
        data-testid="mark-unread"
      >
        {t("markUnread")}
      </Button>
      <span role="status" className={status === "failed" ? "text-xs text-red-700 dark:text-red-300" : "sr-only"}>
        {status === "done" ? t("markedUnread") : status === "failed" ? t("markUnreadFailed") : ""}
      </span>
    </>
  );
}
