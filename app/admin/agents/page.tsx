import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { AgentsAdmin } from "@/components/admin/agents-admin";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";
import { listAgents } from "@/lib/accounts/admin";
import { requireSession } from "@/lib/auth/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const a = await getTranslations("admin");
  return { title: t("title", { page: a("title") }) };
}

// /admin/agents: administrators manage who can sign in. Agents get the 403 page.
export default async function AgentsAdminPage() {
  const session = await requireSession();
  if (!session) redirect("/login?callbackUrl=%2Fadmin%2Fagents");
  if (session.user.role !== "admin") forbidden();
  const t = await getTranslations("admin");
  const agents = await listAgents();
  return (
    <main className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{t("title")}</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
        </div>
        <div className="flex gap-2">
          <Link href="/admin/audit" className={buttonClasses("secondary", "md")}>
            {t("auditLink")}
          </Link>
          <Link href="/inbox" className={buttonClasses("secondary", "md")}>
            {t("backToInbox")}
          </Link>
        </div>
      </div>
      <ClientMessages set="admin">
        <AgentsAdmin agents={agents} self={session.user.email} />
      </ClientMessages>
    </main>
  );
}
