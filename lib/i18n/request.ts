import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { requireSession } from "@/lib/auth/auth";
import { getEnv } from "@/lib/config/env";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { catalog } from "./catalog";
import { negotiateLocale } from "./negotiate";
import { readSavedLocale } from "./preference";

// next-intl's request configuration (next.config.js points its plugin here): the
// language of this request and its messages, for Server Components and actions.
// No locale in the URL: a link opens in the reader's own language.

export async function requestLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return negotiateLocale({
    cookie,
    // Only asked when the browser holds no choice: the cookie wins anyway.
    saved: isLocale(cookie) ? undefined : await readSavedLocale(await requireSession()),
    acceptLanguage: (await headers()).get("accept-language"),
    fallback: getEnv().defaultLocale,
  });
}

// `locale` is set when a caller asks for another language than the request's
// (the language switch titles each choice in its own language).
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : await requestLocale();
  return { locale, messages: catalog(locale) };
});
