import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackToSearchAnchor, StatePanel } from "@/components/ui/state-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const f = await getTranslations("forbidden");
  return { title: t("title", { page: f("title") }) };
}

// What forbidden() shows, with status 403: an agent on an administrators' page.
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main className="flex min-h-dvh">
      <StatePanel icon="unknown" title={t("title")} action={<BackToSearchAnchor />}>
        {t("body")}
      </StatePanel>
    </main>
  );
}
