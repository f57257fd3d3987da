"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { channelInfo } from "@/lib/inbox/channels";
import { INBOX_FILTERS, listViewQuery, type InboxFilter, type InboxListView } from "@/lib/inbox/inbox-filters";
import type { InboxSummary } from "@/lib/inbox/client/index-api";

// The list's filters: All, Unread, Awaiting reply, Failed, Mine (links, so the filter is
// in the URL and survives a reload or a shared link), each with its count, and a channel
// choice with the number of conversations on each channel.

const CHIP =
  "inline-flex h-7 shrink-0 items-center whitespace-nowrap gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 ring-inset transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
const ON = "bg-indigo-600 text-white ring-indigo-600 dark:bg-indigo-500 dark:ring-indigo-500";
const OFF =
  "bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800";

export function ListFilters({ view, summary }: { view: InboxListView; summary: InboxSummary | undefined }) {
  const t = useTranslations("list.filters");
  const tc = useTranslations("channel.names");
  const router = useRouter();
  const selectId = useId();
  const filters: (InboxFilter | null)[] = [null, ...INBOX_FILTERS];
  const channels = summary?.channels ?? [];
  const channelName = (value: string) => {
    const key = channelInfo(value).key;
    return key ? tc(key) : value;
  };

  return (
    <div className="flex flex-col gap-2 px-3 pb-2" data-testid="list-filters">
      <ul aria-label={t("label")} className="-mx-1 flex gap-1.5 overflow-x-auto px-1 py-0.5">
        {filters.map((filter) => {
          const active = view.filter === filter;
          const count = summary?.filters[filter ?? "all"];
          return (
            <li key={filter ?? "all"}>
              <Link
                href={`/inbox${listViewQuery({ filter, channel: view.channel })}`}
                aria-current={active ? "true" : undefined}
                data-filter={filter ?? "all"}
                className={`${CHIP} ${active ? ON : OFF}`}
                scroll={false}
              >
                {t(filter ?? "all")}
                {count !== undefined ? (
                  <span
                    data-testid="filter-count"
                    className={`tabular-nums ${active ? "text-indigo-100" : "text-zinc-500 dark:text-zinc-400"}`}
                  >
                    {count}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="flex items-center gap-2 text-xs">
        <label htmlFor={selectId} className="text-zinc-600 dark:text-zinc-400">
          {t("channel")}
        </label>
        <select
          id={selectId}
          value={view.channel ?? ""}
          onChange={(event) =>
            router.push(`/inbox${listViewQuery({ filter: view.filter, channel: event.target.value || null })}`)
          }
          className="h-7 min-w-0 flex-1 rounded-md bg-white px-2 text-xs text-zinc-800 ring-1 ring-zinc-300 ring-inset focus-visible:outline-2 focus-visible:outline-indigo-600 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700"
        >
          <option value="">{t("allChannels")}</option>
          {view.channel && !channels.some((c) => c.channel === view.channel) ? (
            <option value={view.channel}>{t("channelCount", { name: channelName(view.channel), count: 0 })}</option>
          ) : null}
          {channels.map((c) => (
            <option key={c.channel} value={c.channel}>
              {t("channelCount", { name: channelName(c.channel), count: c.count })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
