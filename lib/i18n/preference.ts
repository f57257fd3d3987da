import "server-only";
import type { SignedInSession } from "@/lib/auth/auth";
import type { Locale } from "./locales";

// The seam for "the language is saved on the agent's account": the account store
// (lib/accounts/, being built) will keep it. Until then nothing is saved, the
// switch's cookie is the only memory, and a new browser starts from Accept-Language.

/** The language saved on this agent's account, if any. */
export async function readSavedLocale(session: SignedInSession | null): Promise<Locale | undefined> {
  void session;
  return undefined;
}

/** Remembers the agent's choice on the account; called by the language switch. */
export async function saveLocale(session: SignedInSession | null, locale: Locale): Promise<void> {
  void session;
  void locale;
}
