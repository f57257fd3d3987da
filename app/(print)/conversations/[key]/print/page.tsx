import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PrintButton } from "@/components/inbox/print/print-button";
import { PrintThread } from "@/components/inbox/print/print-thread";
import { buttonClasses } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/auth";
import { getEnv } from "@/lib/config/env";
import { loadPrintableThread, PRINT_MAX_MESSAGES } from "@/lib/export/print-messages";
import { parseConversationKey } from "@/lib/inbox/conversation-key";
import { conversationPath } from "@/lib/inbox/conversation-path";
import { contactSummary } from "@/lib/inbox/thread-contact";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("meta");
  const p = await getTranslations("print");
  const parsed = parseConversationKey((await params).key, getEnv().defaultCountry);
  return { title: t("title", { page: p("title", { key: parsed.ok ? parsed.identifier.value : "" }) }) };
}

// /conversations/<key>/print: the whole conversation (up to PRINT_MAX_MESSAGES),
// server-rendered without the app's chrome, for the browser's "Print to PDF".
// The dialog opens only when the agent presses Print (docs/export.md).
export default async function PrintConversationPage({ params }: Props) {
  const session = await requireSession();
  const { key } = await params;
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent(`/conversations/${key}/print`)}`);
  const parsed = parseConversationKey(key, getEnv().defaultCountry);
  if (!parsed.ok) notFound();
  const canonical = parsed.identifier.value;

  const t = await getTranslations("print");
  const format = await getFormatter();
  const thread = await loadPrintableThread(canonical);
  if (thread.messages.length === 0) notFound();
  const summary = contactSummary(canonical, [...thread.messages].reverse());
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <main className="print-page mx-auto w-full max-w-3xl px-4 py-6">
      <div data-print-hide className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={conversationPath(canonical)} className={buttonClasses("secondary", "md")}>
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <header data-testid="print-header" className="mb-4 border-b border-zinc-300 pb-3">
        <h1 className="text-lg font-semibold" translate="no">
          {summary.title}
        </h1>
        <p className="text-sm text-zinc-600" translate="no">
          {summary.identifiers.map((id) => id.value).join(" · ")}
        </p>
        <p className="text-sm text-zinc-600" data-testid="print-range">
          {thread.first && thread.last
            ? t("range", { first: date(thread.first), last: date(thread.last), count: thread.messages.length })
            : t("rangeUndated", { count: thread.messages.length })}
        </p>
        {thread.truncated ? (
          <p className="mt-1 text-sm font-medium text-amber-800" data-testid="print-truncated">
            {t("truncated", { max: PRINT_MAX_MESSAGES })}
          </p>
        ) : null}
      </header>
      <ClientMessages set="inbox">
        <PrintThread messages={thread.messages} contactKey={canonical} />
      </ClientMessages>
    </main>
  );
}
