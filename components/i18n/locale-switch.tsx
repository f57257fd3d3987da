import { getLocale, getTranslations } from "next-intl/server";
import { chooseLocale } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

// EN | FR, in the inbox's header and on the login page. A plain form posting to a
// server action: it works before the page's JavaScript has loaded and adds none.
// Each language is named in itself (lang set), so an agent lost in the other
// language still finds theirs.
export async function LocaleSwitch({ className = "" }: { className?: string }) {
  const [locale, t, titles] = await Promise.all([
    getLocale(),
    getTranslations("locale"),
    Promise.all(LOCALES.map((option) => getTranslations({ locale: option, namespace: "locale" }))),
  ]);
  return (
    <form action={chooseLocale} className={className}>
      <fieldset className="flex items-center rounded-md p-0.5 ring-1 ring-zinc-200 ring-inset dark:ring-zinc-700">
        <legend className="sr-only">{t("label")}</legend>
        {LOCALES.map((option, index) => {
          const current = option === locale;
          return (
            <button
              key={option}
              type="submit"
              name="locale"
              value={option}
              lang={option}
              aria-pressed={current}
              aria-label={LOCALE_NAMES[option]}
              title={current ? undefined : titles[index]?.("inThisLanguage")}
              className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400 ${
                current
                  ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900"
                  : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
              }`}
            >
              {option}
            </button>
          );
        })}
      </fieldset>
    </form>
  );
}
