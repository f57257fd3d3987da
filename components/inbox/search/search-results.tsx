"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChannelBadge } from "@/components/inbox/common/channel-badge";
import { Icon } from "@/components/ui/icon";
import { Spinner } from "@/components/ui/spinner";
import { formatFullDateTime, formatListTime } from "@/lib/inbox/date-format";
import { useNow } from "@/lib/inbox/client/use-now";
import type { TextSearchState } from "@/lib/inbox/client/use-text-search";
import type { SearchHit, Segment } from "@/lib/message-index/search-types";
import { optionId } from "./option-id";

interface Props {
  listId: string;
  state: TextSearchState;
  query: string;
  active: number;
  onActive: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/** Hits in <mark>, as text: a name or message is never read as HTML. */
function Marked({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) =>
    segment.hit ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-px text-inherit dark:bg-amber-500/40">
        {segment.text}
      </mark>
    ) : (
      <span key={i}>{segment.text}</span>
    ),
  );
}

// Conversations found by name or message text, below the search field: a listbox
// the field drives (aria-activedescendant), one option per conversation.
export function SearchResults({ listId, state, query, active, onActive, onOpen }: Props) {
  const t = useTranslations("search.text");
  const list = useTranslations("list");
  const locale = useLocale();
  const now = useNow();

  if (state.status === "off") return null;
  if (state.status === "problem") {
    return (
      <p className="px-3 py-2.5 text-zinc-600 dark:text-zinc-300" data-testid="search-text-status">
        {state.problem.code === "tooLong" || state.problem.code === "tooManyWords"
          ? t(`problem.${state.problem.code}`, { max: state.problem.max })
          : t("problem.typeMore")}
      </p>
    );
  }
  if (state.status === "loading") {
    return (
      <p className="flex items-center gap-2 px-3 py-2.5 text-zinc-500 dark:text-zinc-400" role="status">
        <Spinner className="size-4" />
        {t("searching")}
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <p className="flex gap-2 px-3 py-2.5 text-red-700 dark:text-red-300" role="alert">
        <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
        <span>{state.message}</span>
      </p>
    );
  }
  if (state.results.length === 0) {
    return (
      <p className="px-3 py-2.5 text-zinc-600 dark:text-zinc-300" role="status" data-testid="search-text-status">
        {t("none", { query: query.trim() })}
      </p>
    );
  }
  return (
    <div aria-busy={state.stale || undefined}>
      <p
        id={`${listId}-label`}
        className="px-3 pt-2.5 pb-1 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
      >
        {t("heading")}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-labelledby={`${listId}-label`}
        className="max-h-[min(28rem,60vh)] overflow-y-auto pb-1.5"
      >
        {state.results.map((hit, index) => {
          const time = now ? formatListTime(hit.sentAt, now, locale) : null;
          return (
            <li
              key={hit.conversationKey}
              id={optionId(listId, index)}
              role="option"
              aria-selected={index === active}
              data-conversation-key={hit.conversationKey}
              data-message-id={hit.messageId}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== active && onActive(index)}
              onClick={() => onOpen(hit)}
              className={`flex cursor-pointer flex-col gap-1 px-3 py-2 ${index === active ? "bg-indigo-50 dark:bg-indigo-950" : ""}`}
            >
              <span className="flex min-w-0 items-center gap-2">
                <span
                  dir="auto"
                  translate="no"
                  className="min-w-0 flex-1 truncate font-medium text-zinc-900 dark:text-zinc-100"
                >
                  {hit.name ? <Marked segments={hit.name} /> : list("unknownContact")}
                </span>
                <ChannelBadge channel={hit.channel} compact />
                {time && hit.sentAt && (
                  <time
                    dateTime={hit.sentAt}
                    title={formatFullDateTime(new Date(hit.sentAt), locale)}
                    className="shrink-0 text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
                  >
                    {time}
                  </time>
                )}
              </span>
              <span
                dir="auto"
                translate="no"
                className="line-clamp-2 text-[13px] leading-snug text-zinc-600 dark:text-zinc-400"
              >
                {hit.snippet.length > 0 ? <Marked segments={hit.snippet} /> : <i>{list("noText")}</i>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
