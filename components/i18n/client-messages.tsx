import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickNamespaces, type Messages } from "@/lib/i18n/catalog";

// Hands client components the messages they translate, and only those: server
// components translate on the server and send text. A nested provider replaces
// the outer one's messages, so each set lists everything its subtree needs.
export async function ClientMessages({ set, children }: { set: keyof typeof CLIENT_NAMESPACES; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickNamespaces(messages as Messages, CLIENT_NAMESPACES[set])}>
      {children}
    </NextIntlClientProvider>
  );
}
