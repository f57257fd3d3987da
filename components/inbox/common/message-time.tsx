"use client";

import { useHydrated } from "@/lib/inbox/client/use-online";

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

// Dates are formatted in the agent's locale and time zone, so only in the
// browser: the server's would differ and break hydration. Until then the ISO
// value stays in dateTime and the text is empty.

export function MessageTime({ iso, className = "" }: { iso: string; className?: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time dateTime={iso} title={hydrated ? fullFormat.format(date) : undefined} className={className}>
      {hydrated ? timeFormat.format(date) : ""}
    </time>
  );
}

export function DayLabel({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  return <time dateTime={iso}>{hydrated && !Number.isNaN(date.getTime()) ? dayFormat.format(date) : ""}</time>;
}
