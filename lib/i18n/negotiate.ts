import { isLocale, LOCALES, type Locale } from "./locales";

// Which language a request is answered in. Pure, so every rule is unit-tested:
// 1. the agent's own choice on this browser (the switch's cookie);
// 2. the choice saved on the agent's account (lib/i18n/preference.ts);
// 3. the browser's Accept-Language, by q-value;
// 4. INBOX_DEFAULT_LOCALE.
// The cookie comes before the account: the switch writes both, so they differ only
// when the agent chose on the login page, before the account was known, which is
// the more recent choice.

export interface LocaleInputs {
  cookie?: string | undefined;
  saved?: Locale | undefined;
  acceptLanguage?: string | null | undefined;
  fallback: Locale;
}

export function negotiateLocale({ cookie, saved, acceptLanguage, fallback }: LocaleInputs): Locale {
  if (isLocale(cookie)) return cookie;
  if (saved) return saved;
  return fromAcceptLanguage(acceptLanguage) ?? fallback;
}

const MAX_HEADER_LENGTH = 1_000;
const MAX_RANGES = 40;

/**
 * The supported language the browser prefers most, or undefined. `fr-CA` matches
 * `fr`; `q=0` means "not this one"; on equal q the earlier range wins; `*` stands
 * for any language not named elsewhere in the header.
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(",")
    .slice(0, MAX_RANGES)
    .map((part, index) => parseRange(part, index))
    .filter((r): r is Range => r !== null);

  // "fr;q=0" refuses French; "fr-CA;q=0" only refuses Canadian French, so French stays possible.
  const refused = new Set(ranges.filter((r) => r.q === 0 && r.tag === r.language).map((r) => r.language));
  const named = new Set(ranges.map((r) => r.language));
  const ordered = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ordered) {
    if (range.language === "*") {
      const other = LOCALES.find((l) => !named.has(l) && !refused.has(l));
      if (other) return other;
    } else if (isLocale(range.language) && !refused.has(range.language)) {
      return range.language;
    }
  }
  return undefined;
}

interface Range {
  /** The whole tag, lower-cased ("fr-ca"). */
  tag: string;
  /** The primary subtag, lower-cased ("fr" for "fr-CA"), or "*". */
  language: string;
  q: number;
  index: number;
}

function parseRange(part: string, index: number): Range | null {
  const [tag, ...params] = part.trim().split(";");
  const fullTag = tag?.trim().toLowerCase() ?? "";
  const language = fullTag.split("-")[0];
  if (!language || !/^(?:[a-z]{1,8}|\*)$/.test(language)) return null;
  let q = 1;
  for (const param of params) {
    const [name, value] = param.split("=").map((s) => s.trim());
    if (name?.toLowerCase() !== "q") continue;
    // RFC 9110: 0 to 1, at most three decimals; anything else makes the range meaningless.
    if (!value || !/^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value)) return null;
    q = Number(value);
  }
  return { tag: fullTag, language, q, index };
}
