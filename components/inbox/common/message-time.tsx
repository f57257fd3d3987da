"use client";

import { useLocale } from "next-intl";
import { useHydrated } from "@/lib/inbox/client/use-online";
import { useNow } from "@/lib/inbox/client/use-now";
import { formatDayLabel, formatFullDateTime, formatTime } from "@/lib/inbox/date-format";

// Dates are formatted in the agent's language and the browser's time zone, so
// only in the browser: the server's zone would differ and break hydration. Until
// then the ISO value stays in dateTime and the text is empty.

export function MessageTime({ iso, className = "" }: { iso: string; className?: string }) {
  const locale = useLocale();
  const hydrated = useHydrated();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time dateTime={iso} title={hydrated ? formatFullDateTime(date, locale) : undefined} className={className}>
      {hydrated ? formatTime(date, locale) : ""}
    </time>
  );
}

/** "Today", "Yesterday" or the whole date; null until hydrated (`useNow`). */
export function DayLabel({ iso }: { iso: string }) {
  const locale = useLocale();
  const now = useNow();
  const date = new Date(iso);
  return <time dateTime={iso}>{now && !Number.isNaN(date.getTime()) ? formatDayLabel(date, now, locale) : ""}</time>;
}
