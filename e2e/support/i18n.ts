import { createTranslator } from "next-intl";
import { channelInfo } from "../../lib/inbox/channels";
import { deliveryInfo } from "../../lib/inbox/delivery-status";
import { readFileSync } from "node:fs";
import type { Messages } from "../../lib/i18n/catalog";
import type { Locale } from "../../lib/i18n/locales";

// What the UI says, from the same catalogs the app reads: specs compare the
// screen with these, not with copies of the words.

// Read from disk rather than imported: Playwright loads specs as Node ESM, which
// refuses a JSON import without `with { type: "json" }`, and the app's bundler
// (next-intl's precompiled catalogs) refuses one with it.
function catalog(locale: Locale): Messages {
  return JSON.parse(
    readFileSync(new URL(`../../lib/i18n/messages/${locale}.json`, import.meta.url), "utf8"),
  ) as Messages;
}

export function translator(locale: Locale) {
  return createTranslator({ locale, messages: catalog(locale) });
}

/** The badge text of a channel: its catalog name, or its raw value when no catalog knows it. */
export function channelLabel(raw: string, locale: Locale = "en"): string {
  const info = channelInfo(raw);
  return info.key ? translator(locale)(`channel.names.${info.key}`) : info.value;
}

/** The words of a delivery status, or the raw value of one no catalog knows. */
export function statusLabel(raw: string, locale: Locale = "en"): string {
  const info = deliveryInfo(raw);
  if (!info) throw new Error(`no delivery status in ${JSON.stringify(raw)}`);
  return info.key ? translator(locale)(`status.${info.key}`) : info.raw;
}
