import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useErrorText } from "@/lib/inbox/client/use-error-text";
import type { ThreadPaging } from "@/lib/inbox/client/use-thread-paging";

/** The line above the oldest loaded message: loading, beginning reached, or a way to load more. */
export function ThreadTop({ paging }: { paging: ThreadPaging }) {
  const t = useTranslations();
  const errorText = useErrorText();
  if (paging.loadingOlder) {
    return (
      <span className="inline-flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        <Spinner label={t("thread.paging.loadingOlderLabel")} />
        {t("thread.paging.loadingOlder")}
      </span>
    );
  }
  if (paging.olderError) {
    return (
      <Alert
        as="span"
        role="alert"
        layout="inline"
        tone="danger"
        className="text-xs"
        action={
          <Button size="sm" onClick={paging.loadOlder}>
            {t("common.retry")}
          </Button>
        }
      >
        {errorText(paging.olderError)}
      </Alert>
    );
  }
  if (paging.hasOlder) {
    return (
      <Button size="sm" variant="ghost" onClick={paging.loadOlder}>
        {t("thread.paging.loadOlder")}
      </Button>
    );
  }
  return (
    <span
      data-testid="thread-beginning"
      className="rounded-full bg-zinc-200/70 px-3 py-1 text-xs text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400"
    >
      {t("thread.paging.beginning")}
    </span>
  );
}
