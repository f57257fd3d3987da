import "server-only";
import { readAgentLocale, saveAgentLocale } from "@/lib/accounts/locale";
import type { SignedInSession } from "@/lib/auth/auth";
import { describeDriverError } from "@/lib/db/errors";
import { getDb } from "@/lib/db/instance";
import type { Locale } from "./locales";

// "The language is saved on the agent's account": the switch writes it to the
// agents table, and a browser without the switch's cookie opens in it. The
// database being away never breaks a page: the language then falls back to the
// browser's (Accept-Language), and the cookie still remembers the choice.

/** The language saved on this agent's account, if any. */
export async function readSavedLocale(session: SignedInSession | null): Promise<Locale | undefined> {
  if (!session) return undefined;
  try {
    return await readAgentLocale(await getDb(), session.user.email);
  } catch (error) {
    console.warn(`[i18n] cannot read the saved language (${describeDriverError(error)}); using the browser's.`);
    return undefined;
  }
}

/** Remembers the agent's choice on the account; called by the language switch. */
export async function saveLocale(session: SignedInSession | null, locale: Locale): Promise<void> {
  if (!session) return;
  try {
    await saveAgentLocale(await getDb(), session.user.email, locale);
  } catch (error) {
    console.warn(`[i18n] cannot save the language on the account (${describeDriverError(error)}); kept in the cookie.`);
  }
}
