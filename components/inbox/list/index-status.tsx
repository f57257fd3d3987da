"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Spinner } from "@/components/ui/spinner";

// What the index says about itself, above the list: late ("Search and the list may be N
// minutes behind"), or still filling for the first time.

export function IndexBehindBanner({ minutes }: { minutes: number }) {
  const t = useTranslations("list.index");
  if (minutes <= 0) return null;
  return (
    <Alert role="status" tone="warning" icon="clock" layout="banner" data-testid="index-behind">
      {t("behind", { minutes })}
    </Alert>
  );
}

export function IndexingState() {
  const t = useTranslations("list.index");
  return (
    <div
      role="status"
      className="flex flex-col items-center gap-2 px-6 py-10 text-center text-sm"
      data-testid="indexing"
    >
      <Spinner className="size-5 text-indigo-500" />
      <p className="font-medium text-zinc-700 dark:text-zinc-200">{t("indexing")}</p>
      <p className="text-zinc-500 dark:text-zinc-400">{t("indexingBody")}</p>
    </div>
  );
}

export function FilterEmpty() {
  const t = useTranslations("list.index");
  return (
    <p className="px-6 py-10 text-center text-sm text-zinc-500 dark:text-zinc-400" data-testid="filter-empty">
      {t("filterEmpty")}
    </p>
  );
}
