import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackToSearchAnchor, StatePanel } from "@/components/ui/state-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title", { page: t("notFound") }) };
}

// Any URL no route answers: Next's own page would speak English whatever the agent reads.
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-dvh">
      <StatePanel icon="unknown" title={t("title")} action={<BackToSearchAnchor />}>
        {t("body")}
      </StatePanel>
    </main>
  );
}
