import { dateFormat, dayKey } from "./date-format";

// How a contact and a time are shown in the inbox list and the thread header.
// Pure: no clock is read here, the caller passes "now".

/** Up to two initials from a name's words made of letters ("Éloïse Müller" → "ÉM"); null without any. */
export function initialsOf(name: string | null): string | null {
  if (!name) return null;
  const words = name.split(/\s+/).filter((w) => /^[\p{L}\p{M}'’.-]+$/u.test(w) && /\p{L}/u.test(w));
  const first = words[0];
  if (!first) return null;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string) => (Array.from(w.replace(/^[^\p{L}]+/u, ""))[0] ?? "").toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : "");
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A list-row time, Front style: "14:05" today, "Mon" this week, "Jun 2" this
 * year, "Jun 2, 2024" before. Null when the message carried no date (never invented).
 */
export function formatListTime(iso: string | null, now: Date, timeZone?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const day = (d: Date) => dayKey(d, timeZone);
  const fmt = (options: Intl.DateTimeFormatOptions) => dateFormat("en-GB", { timeZone, ...options }).format(date);
  const age = now.getTime() - date.getTime();
  if (day(date) === day(now)) return fmt({ hour: "2-digit", minute: "2-digit" });
  if (age > 0 && age < 6 * DAY_MS) return fmt({ weekday: "short" });
  const sameYear = day(date).slice(0, 4) === day(now).slice(0, 4);
  return dateFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(date);
}
