import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { AUDIT_ACTIONS, auditActionKey } from "@/lib/audit/events";
import type { AuditFilters } from "@/lib/audit/filters";

// The filters of /admin/audit as a plain GET form: submitting it writes them
// into the URL, so a filtered view is a link that can be shared or reloaded.

const SELECT =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2.5 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100";

export async function AuditFiltersForm({ filters }: { filters: AuditFilters }) {
  const t = await getTranslations("audit");
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label={t("filters")}
      className="grid gap-3 rounded-2xl border border-zinc-200 bg-white p-4 sm:grid-cols-5 sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="space-y-1">
        <Label htmlFor="audit-who">{t("who")}</Label>
        <Input id="audit-who" name="who" type="search" defaultValue={filters.who ?? ""} placeholder={t("whoHint")} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-what">{t("what")}</Label>
        <select id="audit-what" name="what" defaultValue={filters.what ?? ""} className={SELECT}>
          <option value="">{t("anyAction")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`action.${auditActionKey(action)}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-from">{t("from")}</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-to">{t("to")}</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {t("apply")}
        </Button>
        <Link href="/admin/audit" className={buttonClasses("ghost", "md")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
