import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { Locale } from "./locales";

// The two catalogs, and which parts of them the browser receives: client
// components get only the namespaces they use (passed to NextIntlClientProvider),
// server components translate on the server and send text.

export type Messages = typeof en;
export type Namespace = keyof Messages;

const CATALOGS: Record<Locale, Messages> = { en, fr };

export function catalog(locale: Locale): Messages {
  return CATALOGS[locale];
}

/**
 * What client components translate with useTranslations, per provider: every page
 * (root layout), the sign-in page, and the signed-in inbox ((inbox) layout). A
 * nested provider replaces the root's messages rather than adding to them.
 */
export const CLIENT_NAMESPACES = {
  root: ["common"],
  login: ["common", "login"],
  inbox: ["common", "errors", "channel", "status", "identifier", "search", "list", "thread", "share"],
  admin: ["common", "admin"],
  invite: ["common", "invite"],
  sharedLinks: ["common", "sharedLinks"],
} as const satisfies Record<string, readonly Namespace[]>;

export function pickNamespaces<N extends Namespace>(messages: Messages, namespaces: readonly N[]): Pick<Messages, N> {
  const picked = {} as Pick<Messages, N>;
  for (const namespace of namespaces) picked[namespace] = messages[namespace];
  return picked;
}
