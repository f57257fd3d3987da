"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import { listViewQuery, readListView } from "@/lib/inbox/inbox-filters";

interface Props {
  brand: ReactNode;
  account: ReactNode;
  search: ReactNode;
  list: ReactNode;
  children: ReactNode;
}

// The layout of the signed-in pages. Wide screen: the list on the left, the open
// conversation (or a hint) on the right. Phone: /inbox is the list, and a
// conversation takes the whole screen with a way back.
export function InboxFrame({ brand, account, search, list, children }: Props) {
  const t = useTranslations("common");
  const pathname = usePathname();
  // Back to the list as it was filtered (the filter rides along in the thread's URL).
  const listQuery = listViewQuery(readListView(useSearchParams()));
  const onList = !pathname?.startsWith("/conversations/");
  const Outer = onList ? "main" : "div";
  const Inner = onList ? "div" : "main";
  return (
    <div className="flex h-dvh flex-col bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100 print:h-auto">
      <a
        href="#inbox-main"
        className="sr-only z-50 rounded-md bg-indigo-600 px-3 py-2 text-sm text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t("skipToContent")}
      </a>
      <header
        data-print-hide
        className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-2 border-b border-zinc-200 bg-white/95 px-3 py-2.5 md:flex-nowrap md:px-4 dark:border-zinc-800 dark:bg-zinc-950"
      >
        <div className="flex min-w-0 items-center gap-2.5 md:w-[18.25rem] lg:w-[22.25rem]">{brand}</div>
        <div className={`order-3 w-full md:order-2 md:block md:w-auto md:max-w-xl md:flex-1 ${onList ? "" : "hidden"}`}>
          {search}
        </div>
        <div className="order-2 ml-auto flex flex-wrap items-center justify-end gap-1 sm:gap-2 md:order-3">
          {account}
        </div>
      </header>
      {/* On /inbox the list is the page's main content (on a phone it is all there is), so
          <main> holds the list and the pane; on a conversation, it holds the thread. */}
      <Outer id={onList ? "inbox-main" : undefined} className="flex min-h-0 flex-1">
        <div
          data-print-hide
          className={`min-h-0 flex-col border-zinc-200 bg-white md:flex md:w-80 md:shrink-0 md:border-r lg:w-96 dark:border-zinc-800 dark:bg-zinc-950 ${
            onList ? "flex w-full" : "hidden"
          }`}
        >
          {list}
        </div>
        <Inner
          id={onList ? undefined : "inbox-main"}
          className={`min-w-0 flex-1 flex-col bg-zinc-50/60 dark:bg-zinc-900/40 ${onList ? "hidden md:flex" : "flex"}`}
        >
          {!onList && (
            <div
              data-print-hide
              className="flex shrink-0 items-center border-b border-zinc-200 px-2 py-1.5 md:hidden dark:border-zinc-800"
            >
              <Link
                href={`/inbox${listQuery}`}
                className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none dark:text-indigo-300 dark:hover:bg-indigo-950"
              >
                <Icon name="arrowLeft" className="size-4" />
                {t("allConversations")}
              </Link>
            </div>
          )}
          {children}
        </Inner>
      </Outer>
    </div>
  );
}
