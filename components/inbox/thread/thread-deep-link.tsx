import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { THREAD_PAGE_SIZE } from "@/lib/inbox/client/query-options";
import type { DeepLinkState } from "@/lib/inbox/client/use-message-deep-link";

/** What happens with a `?message=` link while it is looked for, or when it is not found. */
export function ThreadDeepLinkBanner({ state, onCancel }: { state: DeepLinkState; onCancel: () => void }) {
  const t = useTranslations("thread.deepLink");
  if (state.status === "searching") {
    const pct = Math.round((state.pagesSearched / state.maxPages) * 100);
    return (
      <Alert layout="banner" tone="info">
        <Spinner />
        <span role="status" className="flex-1">
          {t("searching", { count: state.pagesSearched * THREAD_PAGE_SIZE })}
          <span className="sr-only"> {t("searchingMax", { max: state.maxPages * THREAD_PAGE_SIZE })}</span>
        </span>
        <progress
          className="hidden h-1.5 w-24 overflow-hidden rounded-full sm:block [&::-webkit-progress-bar]:bg-indigo-200 [&::-webkit-progress-value]:bg-indigo-600"
          max={100}
          value={pct}
          aria-label={t("progress")}
        />
        <Button size="sm" onClick={onCancel}>
          {t("stop")}
        </Button>
      </Alert>
    );
  }
  if (state.status === "not-found") {
    return (
      <Alert layout="banner" tone="warning">
        <span role="alert" className="flex-1">
          {state.exhausted
            ? t("notInConversation")
            : t("notInNewest", { count: state.pagesSearched * THREAD_PAGE_SIZE })}
        </span>
      </Alert>
    );
  }
  if (state.status === "error") {
    return (
      <Alert layout="banner" tone="warning">
        <span role="alert" className="flex-1">
          {t("stopped")}
        </span>
      </Alert>
    );
  }
  return null;
}
