"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { conversationPath } from "@/lib/inbox/conversation-path";
import type { ShareLinkSummary } from "@/lib/sharing/store";

// The table of /shared. "Revoke" calls DELETE /api/shares/<id>, then reloads the
// list from the server: the revocation is in the database, so every instance
// refuses the link from the next request on.

export function SharedLinksTable({ links, showCreator }: { links: ShareLinkSummary[]; showCreator: boolean }) {
  const t = useTranslations("sharedLinks");
  const format = useFormatter();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  async function revoke(id: string) {
    setBusy(id);
    setFailed(false);
    const ok = await fetch(`/api/shares/${encodeURIComponent(id)}`, { method: "DELETE" }).then(
      (res) => res.ok,
      () => false,
    );
    setBusy(null);
    if (!ok) setFailed(true);
    router.refresh();
  }

  if (links.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      {failed ? (
        <Alert tone="danger" role="alert">
          {t("revokeFailed")}
        </Alert>
      ) : null}
      <div className="overflow-x-auto rounded-lg ring-1 ring-zinc-200 dark:ring-zinc-800">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-zinc-100 text-xs text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("conversation")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("scope")}
              </th>
              {showCreator ? (
                <th scope="col" className="px-3 py-2">
                  {t("createdBy")}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                {t("created")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("expires")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("views")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("lastView")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("status")}
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 bg-white dark:divide-zinc-800 dark:bg-zinc-950">
            {links.map((link) => (
              <tr key={link.id} data-testid="shared-link-row" data-state={link.state}>
                <td className="px-3 py-2">
                  <Link
                    href={conversationPath(link.conversationKey)}
                    translate="no"
                    className="font-mono text-xs text-indigo-700 underline dark:text-indigo-300"
                  >
                    {link.conversationKey}
                  </Link>
                  {link.note ? <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{link.note}</p> : null}
                </td>
                <td className="px-3 py-2">
                  {link.fromMessageId ? t("scopeFrom", { id: link.fromMessageId }) : t("scopeWhole")}
                </td>
                {showCreator ? <td className="px-3 py-2">{link.createdBy}</td> : null}
                <td className="px-3 py-2 whitespace-nowrap">{when(link.createdAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{when(link.expiresAt)}</td>
                <td className="px-3 py-2 tabular-nums" data-testid="views">
                  {link.viewCount}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {link.lastViewedAt ? when(link.lastViewedAt) : t("never")}
                </td>
                <td className="px-3 py-2">{t(`state.${link.state}`)}</td>
                <td className="px-3 py-2 text-right">
                  {link.state === "active" ? (
                    <Button
                      type="button"
                      variant="danger"
                      size="sm"
                      loading={busy === link.id}
                      aria-label={t("revokeLabel", { conversation: link.conversationKey })}
                      onClick={() => void revoke(link.id)}
                    >
                      {busy === link.id ? t("revoking") : t("revoke")}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
