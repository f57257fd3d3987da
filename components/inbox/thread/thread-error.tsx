"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";

// Its own file: the route's error.tsx imports it, and that entry's chunk loads with every
// conversation page.

export function ThreadError({
  message,
  onRetry,
  retrying,
}: {
  message: string;
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useTranslations();
  return (
    <StatePanel
      role="alert"
      icon="alert"
      tone="danger"
      title={t("thread.states.failed")}
      action={
        <Button variant="primary" icon="refresh" onClick={onRetry} loading={retrying}>
          {retrying ? t("common.retrying") : t("common.retry")}
        </Button>
      }
    >
      {message}
    </StatePanel>
  );
}
