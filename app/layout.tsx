import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ThemeScript } from "@/components/ui/theme-script";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getNonce } from "@/lib/security/nonce";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("appName"), description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce
  // (proxy.ts). A page prerendered at build time would carry none and be blocked.
  await connection();
  const locale = await getLocale();
  return (
    // suppressHydrationWarning: ThemeScript sets the `dark` class before React hydrates.
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={await getNonce()} />
      </head>
      <body className="min-h-dvh bg-zinc-50 font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <ClientMessages set="root">{children}</ClientMessages>
      </body>
    </html>
  );
}
