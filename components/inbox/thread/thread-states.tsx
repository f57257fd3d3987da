"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { BackToSearchLink } from "@/components/ui/back-to-search-link";
import { StatePanel } from "@/components/ui/state-panel";
import { useOnline } from "@/lib/inbox/client/use-online";

// The thread's non-happy states: not found, offline. Loading and failed have their own
// files: the route's loading.tsx and error.tsx import them, and each such entry carries
// its own copy of what it imports into every conversation page's first load.

export function ThreadNotFound({ contactKey }: { contactKey: string }) {
  const t = useTranslations("thread.states");
  return (
    <StatePanel
      icon="search"
      title={t.rich("notFoundTitle", {
        key: contactKey,
        code: (chunks) => (
          <span translate="no" className="font-mono break-all">
            {chunks}
          </span>
        ),
      })}
      action={<BackToSearchLink />}
    >
      {t("notFoundBody")}
    </StatePanel>
  );
}

export function OfflineBanner() {
  const t = useTranslations("thread.states");
  const online = useOnline();
  if (online) return null;
  return (
    <Alert role="status" layout="banner" tone="warning" icon="offline">
      {t("offline")}
    </Alert>
  );
}
