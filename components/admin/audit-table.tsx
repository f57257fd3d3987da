import { getFormatter, getTranslations } from "next-intl/server";
import { auditActionKey } from "@/lib/audit/events";
import type { StoredAuditEvent } from "@/lib/audit/store";

// The rows of /admin/audit, newest first. Server-rendered: no script needed to read the trail.

function detailsText(details: StoredAuditEvent["details"]): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(" · ");
}

export async function AuditTable({ events }: { events: StoredAuditEvent[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  if (events.length === 0) {
    return (
      <p className="rounded-2xl border border-zinc-200 bg-white p-6 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
        {t("empty")}
      </p>
    );
  }
  return (
    <section className="overflow-x-auto rounded-2xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-zinc-500 uppercase">
          <tr>
            <th className="px-4 py-3 font-medium">{t("colWhen")}</th>
            <th className="px-4 py-3 font-medium">{t("colWho")}</th>
            <th className="px-4 py-3 font-medium">{t("colWhat")}</th>
            <th className="px-4 py-3 font-medium">{t("colTarget")}</th>
            <th className="px-4 py-3 font-medium">{t("colAddress")}</th>
            <th className="px-4 py-3 font-medium">{t("colDetails")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row" data-action={event.action}>
              <td className="px-4 py-2 whitespace-nowrap">
                <time dateTime={event.at.toISOString()}>
                  {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}
                </time>
              </td>
              <td className="px-4 py-2">
                <div translate="no">{event.actorEmail ?? "—"}</div>
                <div className="text-xs text-zinc-500">{t(`role.${event.actorRole}`)}</div>
              </td>
              <td className="px-4 py-2">{t(`action.${auditActionKey(event.action)}`)}</td>
              <td className="px-4 py-2 break-all" translate="no">
                {event.target ?? "—"}
              </td>
              <td className="px-4 py-2 font-mono text-xs">{event.clientAddress ?? "—"}</td>
              <td className="px-4 py-2 text-xs text-zinc-600 dark:text-zinc-400">{detailsText(event.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
