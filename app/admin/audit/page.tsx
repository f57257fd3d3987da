import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { AuditFiltersForm } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { buttonClasses } from "@/components/ui/button";
import { readAuditPage } from "@/lib/audit/admin";
import { auditSearch, parseAuditFilters } from "@/lib/audit/filters";
import { requireAdminPage } from "@/lib/auth/admin-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const a = await getTranslations("audit");
  return { title: t("title", { page: a("title") }) };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string") params.set(key, value);
  return params;
}

// /admin/audit: who did what, when; filters in the URL, newest first, paged. Agents get the 403 page.
export default async function AuditPage({ searchParams }: Props) {
  await requireAdminPage("/admin/audit");
  const params = toParams(await searchParams);
  const { filters, page } = parseAuditFilters(params);
  // One URL per view: empty fields and unreadable values are dropped from the address.
  const canonical = auditSearch(filters, page);
  if (`?${params.toString()}` !== canonical && params.size > 0) redirect(`/admin/audit${canonical}`);

  const t = await getTranslations("audit");
  const result = await readAuditPage(filters, page);
  const csv = `/api/admin/audit${auditSearch(filters)}${auditSearch(filters) ? "&" : "?"}format=csv`;
  return (
    <main className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <a href={csv} download className={buttonClasses("secondary", "md")} data-testid="audit-csv">
          {t("downloadCsv")}
        </a>
        <Link href="/admin/agents" className={buttonClasses("secondary", "md")}>
          {t("agents")}
        </Link>
        <Link href="/inbox" className={buttonClasses("secondary", "md")}>
          {t("backToInbox")}
        </Link>
      </AdminPageHeader>
      <AuditFiltersForm filters={filters} />
      <AuditTable events={result.events} />
      <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
        {page > 1 ? (
          <Link href={`/admin/audit${auditSearch(filters, page - 1)}`} className={buttonClasses("secondary", "md")}>
            {t("newer")}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-zinc-600 dark:text-zinc-400">{t("page", { page })}</span>
        {result.hasMore ? (
          <Link href={`/admin/audit${auditSearch(filters, page + 1)}`} className={buttonClasses("secondary", "md")}>
            {t("older")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </main>
  );
}
