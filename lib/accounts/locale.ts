import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { agents } from "@/lib/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { normalizeEmail } from "./store";

// The language an agent chose with the switch, kept on the account so that a new
// browser opens in it (lib/i18n/preference.ts). No server-only guard, as store.ts.

/** The saved language, or undefined when the agent never chose one (or has no account). */
export async function readAgentLocale(db: Db, email: string): Promise<Locale | undefined> {
  const [row] = await db
    .select({ locale: agents.locale })
    .from(agents)
    .where(eq(agents.email, normalizeEmail(email)))
    .limit(1);
  return isLocale(row?.locale) ? row.locale : undefined;
}

/** Saves the choice; an unknown e-mail changes nothing. */
export async function saveAgentLocale(db: Db, email: string, locale: Locale): Promise<void> {
  await db
    .update(agents)
    .set({ locale, updatedAt: new Date() })
    .where(eq(agents.email, normalizeEmail(email)));
}
