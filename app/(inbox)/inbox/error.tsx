"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";

// The right pane of /inbox failed to render; the list and search still work.
export default function InboxError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <StatePanel
      role="alert"
      icon="alert"
      tone="danger"
      heading="h2"
      title={t("pageFailed")}
      action={
        <Button variant="primary" icon="refresh" onClick={reset}>
          {t("tryAgain")}
        </Button>
      }
    />
  );
}
