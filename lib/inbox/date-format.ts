import type { Locale } from "@/lib/i18n/locales";

// Dates and times in the agent's language, through Intl. Pure: callers pass the
// language, "now" and, in tests, the time zone (the browser's by default).

// Creating an Intl.DateTimeFormat costs far more than using one, and the thread
// and the inbox list format thousands of dates: one instance per locale and options.
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  return format;
}

/**
 * The Intl locale of each interface language. English keeps the 24-hour clock
 * the inbox has always shown (`hourCycle` below); French is written as in France.
 */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-US", fr: "fr-FR" };
const CLOCK = { hourCycle: "h23" } as const;

/** `YYYY-MM-DD` of a date in a time zone (en-CA writes dates that way). */
export function dayKey(date: Date, timeZone?: string): string {
  return dateFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** "14:05". */
export function formatTime(date: Date, locale: Locale, timeZone?: string): string {
  return dateFormat(INTL_LOCALES[locale], { timeZone, hour: "2-digit", minute: "2-digit", ...CLOCK }).format(date);
}

/** "Monday, June 2, 2025 at 14:05" / "lundi 2 juin 2025 à 14:05": a tooltip's whole date. */
export function formatFullDateTime(date: Date, locale: Locale, timeZone?: string): string {
  return dateFormat(INTL_LOCALES[locale], { timeZone, dateStyle: "full", timeStyle: "short", ...CLOCK }).format(date);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `date` to `now` in the time zone (0 = the same day). */
function daysBefore(date: Date, now: Date, timeZone?: string): number {
  const utcMidnight = (d: Date) => Date.parse(`${dayKey(d, timeZone)}T00:00:00Z`);
  return Math.round((utcMidnight(now) - utcMidnight(date)) / DAY_MS);
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * A thread's day separator: "Today", "Yesterday" (Intl's own relative words,
 * "Aujourd’hui", "Hier"), else the whole date: "Monday, June 2, 2025", "lundi 2 juin 2025".
 */
export function formatDayLabel(date: Date, now: Date, locale: Locale, timeZone?: string): string {
  const tag = INTL_LOCALES[locale];
  const days = daysBefore(date, now, timeZone);
  if (days === 0 || days === 1) return capitalise(relativeFormat(tag).format(-days, "day"), tag);
  return dateFormat(tag, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
}

/**
 * A list-row time, Front style: "14:05" today, "Mon" / "lun." this week, "Jun 2" /
 * "2 juin" this year, "Jun 2, 2024" / "2 juin 2024" before. Null when the message
 * carried no date (never invented).
 */
export function formatListTime(iso: string | null, now: Date, locale: Locale, timeZone?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const tag = INTL_LOCALES[locale];
  const age = now.getTime() - date.getTime();
  if (dayKey(date, timeZone) === dayKey(now, timeZone)) return formatTime(date, locale, timeZone);
  if (age > 0 && age < 6 * DAY_MS) return dateFormat(tag, { timeZone, weekday: "short" }).format(date);
  const sameYear = dayKey(date, timeZone).slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return dateFormat(tag, { timeZone, month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).format(
    date,
  );
}
