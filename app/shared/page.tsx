import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SharedLinksTable } from "@/components/sharing/shared-links-table";
import { buttonClasses } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/auth";
import { listSharesFor } from "@/lib/sharing/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const s = await getTranslations("sharedLinks");
  return { title: t("title", { page: s("title") }) };
}

// /shared: the links the agent made (an administrator sees everyone's, with who made them).
export default async function SharedLinksPage() {
  const session = await requireSession();
  if (!session) redirect("/login?callbackUrl=%2Fshared");
  const t = await getTranslations("sharedLinks");
  const admin = session.user.role === "admin";
  const links = await listSharesFor(session);
  return (
    <main className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{t("title")}</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{admin ? t("introAdmin") : t("intro")}</p>
        </div>
        <Link href="/inbox" className={buttonClasses("secondary", "md")}>
          {t("backToInbox")}
        </Link>
      </div>
      <ClientMessages set="sharedLinks">
        <SharedLinksTable links={links} showCreator={admin} />
      </ClientMessages>
    </main>
  );
}
