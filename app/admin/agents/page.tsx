import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { AgentsAdmin } from "@/components/admin/agents-admin";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";
import { listAgents } from "@/lib/accounts/admin";
import { requireAdminPage } from "@/lib/auth/admin-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const a = await getTranslations("admin");
  return { title: t("title", { page: a("title") }) };
}

// /admin/agents: administrators manage who can sign in. Agents get the 403 page.
export default async function AgentsAdminPage() {
  const session = await requireAdminPage("/admin/agents");
  const t = await getTranslations("admin");
  const agents = await listAgents();
  return (
    <main className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <Link href="/admin/audit" className={buttonClasses("secondary", "md")}>
          {t("auditLink")}
        </Link>
        <Link href="/inbox" className={buttonClasses("secondary", "md")}>
          {t("backToInbox")}
        </Link>
      </AdminPageHeader>
      <ClientMessages set="admin">
        <AgentsAdmin agents={agents} self={session.user.email} />
      </ClientMessages>
    </main>
  );
}
