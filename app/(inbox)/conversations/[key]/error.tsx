"use client";

import { useTranslations } from "next-intl";
import { ThreadError } from "@/components/inbox/thread/thread-error";

// An unexpected failure while rendering the conversation (upstream errors are shown by the thread itself).
export default function ConversationError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("thread.states");
  return <ThreadError message={t("renderFailed")} onRetry={reset} retrying={false} />;
}
