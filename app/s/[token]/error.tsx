"use client";

import { useTranslations } from "next-intl";

// Octopush did not answer: a plain message, no retry into the app, no details.
export default function SharedLinkError() {
  const t = useTranslations("common");
  return (
    <main className="mx-auto max-w-lg px-6 py-20 text-center">
      <p className="text-zinc-700 dark:text-zinc-300">{t("pageFailed")}</p>
    </main>
  );
}
