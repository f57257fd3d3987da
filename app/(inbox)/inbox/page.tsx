import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxEmptyPane } from "@/components/inbox/shell/inbox-empty-pane";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title", { page: t("inbox") }) };
}

// The list itself lives in the shell (app/(inbox)/layout.tsx → AppShell), which
// also prefetches it; this page is the right pane before a conversation is chosen.
export default function InboxPage() {
  return <InboxEmptyPane />;
}
