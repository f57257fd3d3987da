import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LogoMark } from "@/components/auth/logo-mark";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteForm } from "@/components/invite/invite-form";
import { buttonClasses } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";
import { findInvitation } from "@/lib/accounts/invitations";
import { getDb } from "@/lib/db/instance";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const i = await getTranslations("invite");
  return { title: t("title", { page: i("title") }) };
}

// /invite/<token>: open without a session. The invited person sets a name and a
// password once, before the link expires; then signs in as usual.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const invitation = await getDb()
    .then((db) => findInvitation(db, token))
    .catch(() => null);
  if (!invitation) {
    return (
      <main className="flex min-h-dvh">
        <StatePanel
          icon="unknown"
          title={t("invalidTitle")}
          action={
            <Link href="/login" className={buttonClasses("secondary", "md")}>
              {t("toSignIn")}
            </Link>
          }
        >
          {t("invalidBody")}
        </StatePanel>
      </main>
    );
  }
  return (
    <main className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex flex-col items-center gap-3 text-center">
          <LogoMark className="size-11" />
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{t("title")}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {t.rich("intro", { email: () => <strong translate="no">{invitation.email}</strong> })}
          </p>
        </div>
        <div className="rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
          <ClientMessages set="invite">
            <InviteForm token={token} email={invitation.email} />
          </ClientMessages>
        </div>
      </div>
    </main>
  );
}
