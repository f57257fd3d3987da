import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Spinner } from "@/components/ui/spinner";

// The inbox list's other states: loading, failed, empty, and its last row.

export function ConversationListSkeleton() {
  const t = useTranslations("list");
  return (
    <div role="status" aria-label={t("loading")} className="animate-pulse">
      {Array.from({ length: 7 }, (_, i) => (
        <div key={i} className="flex gap-3 border-b border-zinc-100 px-3 py-3 dark:border-zinc-800/70">
          <span className="size-9 shrink-0 rounded-full bg-zinc-200 dark:bg-zinc-800" />
          <span className="flex flex-1 flex-col gap-2 pt-0.5">
            <span className="h-3 w-2/5 rounded bg-zinc-200 dark:bg-zinc-800" />
            <span className="h-2.5 w-4/5 rounded bg-zinc-100 dark:bg-zinc-800/70" />
            <span className="h-2.5 w-1/4 rounded bg-zinc-100 dark:bg-zinc-800/70" />
          </span>
        </div>
      ))}
    </div>
  );
}

export function ConversationListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useTranslations();
  return (
    <Alert
      role="alert"
      tone="danger"
      icon="alert"
      title={t("list.failed")}
      className="m-3"
      action={
        <Button variant="danger" size="sm" icon="refresh" onClick={onRetry}>
          {t("common.tryAgain")}
        </Button>
      }
    >
      <p className="text-red-700 dark:text-red-300">{message}</p>
    </Alert>
  );
}

export function ConversationListEmpty() {
  const t = useTranslations("list");
  return (
    <div className="px-6 py-10 text-center text-sm text-zinc-500 dark:text-zinc-400">
      <Icon name="chat" className="mx-auto mb-2 size-6 text-zinc-300 dark:text-zinc-600" />
      <p className="font-medium text-zinc-700 dark:text-zinc-200">{t("empty.title")}</p>
      <p className="mt-1">{t("empty.body")}</p>
    </div>
  );
}

export function ConversationListMore({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const t = useTranslations();
  if (failed) {
    return (
      <Alert
        layout="inline"
        tone="danger"
        className="justify-between px-4 py-3 text-sm"
        action={
          <Button variant="danger" size="sm" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        }
      >
        <span>{t("list.olderFailed")}</span>
      </Alert>
    );
  }
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-2 px-4 py-4 text-xs text-zinc-500 dark:text-zinc-400"
    >
      <Spinner className="size-3.5 text-indigo-500" />
      {t("list.loadingOlder")}
    </div>
  );
}
