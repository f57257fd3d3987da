"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { conversationPath } from "@/lib/inbox/conversation-path";
import { MarkUnreadButton } from "./mark-unread-button";

// "Export" (CSV or JSON of the whole conversation, streamed by the server as a
// download) and "Print" (the print view), beside the conversation's title.
// Plain links: the browser downloads, no script holds the file.

function exportHref(contactKey: string, format: "csv" | "json"): string {
  return `/api/conversations/${encodeURIComponent(contactKey)}/export?format=${format}`;
}

const ITEM =
  "flex items-center gap-2 rounded-md px-3 py-2 text-sm text-zinc-800 hover:bg-zinc-100 focus-visible:bg-zinc-100 focus-visible:outline-none dark:text-zinc-100 dark:hover:bg-zinc-800";

export function ConversationActions({ contactKey }: { contactKey: string }) {
  const t = useTranslations("thread.header");
  return (
    <>
      <MarkUnreadButton contactKey={contactKey} />
      <details className="group relative" data-testid="export-menu">
        <summary
          className={`${buttonClasses("ghost", "sm")} cursor-pointer list-none gap-1.5 [&::-webkit-details-marker]:hidden`}
        >
          <Icon name="download" className="size-3.5" />
          {t("export")}
        </summary>
        <div className="absolute right-0 z-20 mt-1 w-48 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <a className={ITEM} href={exportHref(contactKey, "csv")} download data-testid="export-csv">
            {t("exportCsv")}
          </a>
          <a className={ITEM} href={exportHref(contactKey, "json")} download data-testid="export-json">
            {t("exportJson")}
          </a>
        </div>
      </details>
      <a
        href={`${conversationPath(contactKey)}/print`}
        className={`${buttonClasses("ghost", "sm")} gap-1.5`}
        data-testid="print-view"
      >
        <Icon name="printer" className="size-3.5" />
        {t("print")}
      </a>
    </>
  );
}
