// The languages the inbox speaks. Pure: imported by the env schema, the server's
// negotiation and the language switch alike.

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

/** The cookie that remembers an agent's own choice on this browser (a year; not a secret). */
export const LOCALE_COOKIE = "inbox-locale";
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Each language named in itself, for the switch: an agent who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
