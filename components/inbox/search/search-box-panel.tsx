"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { KeyboardEvent, ReactNode, Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { conversationPath } from "@/lib/inbox/conversation-path";
import type { Identifier } from "@/lib/inbox/identifier-kinds";
import type { RecentSearch } from "@/lib/inbox/recent-searches";

interface Props {
  ref: Ref<HTMLDivElement>;
  open: boolean;
  feedbackId: string;
  /** What the input was read as, when it is understood. */
  understood: Identifier | null;
  /** Why the input is not understood (while typing: quiet; after Enter: an alert). */
  message: string | null;
  submitError: string | null;
  searches: readonly RecentSearch[];
  onPick: (search: RecentSearch) => void;
  onForget: (value: string) => void;
  onEscape: () => void;
  /** Text-search results or status; when set, it takes the place of "not understood" and the help. */
  textResults?: ReactNode;
  /** The index is on: the help mentions names and words. */
  textSearch?: boolean;
}

// Below the search field: what the field understood, why it cannot search, or
// the agent's recent searches when the field is empty.
export function SearchBoxPanel({
  ref,
  open,
  feedbackId,
  understood,
  message,
  submitError,
  searches,
  onPick,
  onForget,
  onEscape,
  textResults,
  textSearch = false,
}: Props) {
  const t = useTranslations("search");
  const kinds = useTranslations("identifier.kind");
  const visible = open || submitError !== null;

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLElement>("a"));
    const index = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = index + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) onEscape();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onEscape();
    }
  }

  return (
    <div
      ref={ref}
      hidden={!visible}
      className="absolute inset-x-0 top-full z-30 mt-1.5 overflow-hidden rounded-xl border border-zinc-200 bg-white text-sm shadow-lg shadow-zinc-900/5 dark:border-zinc-700 dark:bg-zinc-900 dark:shadow-black/30"
    >
      <div id={feedbackId}>
        {submitError ? (
          <Alert as="p" role="alert" layout="inline" tone="danger" icon="alert" className="px-3 py-2.5">
            <span>{submitError}</span>
          </Alert>
        ) : understood ? (
          <Button type="submit" variant="ghost" size="item">
            <Icon name="search" className="size-4 shrink-0 text-indigo-500" />
            <span className="min-w-0 flex-1 truncate" data-testid="search-understood">
              {t.rich("understood", {
                kind: kinds(understood.kind),
                value: understood.display,
                muted: (chunks) => <span className="text-zinc-500 dark:text-zinc-400">{chunks}</span>,
                strong: (chunks) => <span className="font-medium text-zinc-900 dark:text-zinc-100">{chunks}</span>,
              })}
            </span>
            <kbd className="rounded border border-zinc-200 px-1.5 font-mono text-[11px] text-zinc-500 dark:border-zinc-700">
              {t("enterKey")}
            </kbd>
          </Button>
        ) : textResults ? null : message ? (
          <p className="flex gap-2 px-3 py-2.5 text-zinc-600 dark:text-zinc-300">
            <Icon name="unknown" className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" />
            <span>{message}</span>
          </p>
        ) : searches.length === 0 ? (
          <p className="px-3 py-2.5 text-zinc-500 dark:text-zinc-400">{textSearch ? t("helpText") : t("help")}</p>
        ) : null}
      </div>
      {textResults && !understood && !submitError ? textResults : null}
      {searches.length > 0 && !understood && !message && !submitError && (
        <div data-recent>
          <p
            id={`${feedbackId}-recent`}
            className="px-3 pt-2.5 pb-1 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
          >
            {t("recent")}
          </p>
          <ul aria-labelledby={`${feedbackId}-recent`} onKeyDown={onListKeyDown} className="pb-1.5">
            {searches.map((search) => (
              <li key={search.value} className="group flex items-center">
                <Link
                  href={conversationPath(search.value)}
                  onClick={(event) => {
                    event.preventDefault();
                    onPick(search);
                  }}
                  className="flex min-w-0 flex-1 items-center gap-2 px-3 py-1.5 text-zinc-700 hover:bg-zinc-50 focus-visible:bg-indigo-50 focus-visible:outline-none dark:text-zinc-200 dark:hover:bg-zinc-800 dark:focus-visible:bg-indigo-950"
                >
                  <Icon name="clock" className="size-3.5 shrink-0 text-zinc-400" />
                  <span className="shrink-0 text-zinc-500 dark:text-zinc-400">{kinds(search.kind)}</span>
                  <span className="truncate font-medium">{search.display}</span>
                </Link>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  icon="close"
                  aria-label={t("forget", { value: search.display })}
                  onClick={() => onForget(search.value)}
                  className="mr-1.5 opacity-0 group-hover:opacity-100 focus-visible:opacity-100"
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
