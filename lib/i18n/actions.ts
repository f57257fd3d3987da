"use server";

import { cookies } from "next/headers";
import { requireSession } from "@/lib/auth/auth";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "./locales";
import { saveLocale } from "./preference";

// The language switch's action. A cookie set in a server action makes Next render
// the current page again: the same URL comes back in the new language.

export async function chooseLocale(formData: FormData): Promise<void> {
  // A hand-made call can pass anything as the body: only a form's field counts.
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  // Anything but a supported language changes nothing.
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
  const session = await requireSession();
  if (session) await saveLocale(session, locale);
}
