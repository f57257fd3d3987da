import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LogoMark } from "@/components/auth/logo-mark";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { InboxAvatar } from "@/components/inbox/common/inbox-avatar";
import { buttonClasses } from "@/components/ui/button";

export async function InboxBrand({ demo }: { demo: boolean }) {
  const t = await getTranslations("account");
  return (
    <>
      <Link
        href="/inbox"
        className="flex min-w-0 items-center gap-2 rounded-md focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none dark:focus-visible:ring-offset-zinc-950"
      >
        <LogoMark className="size-7 rounded-lg" />
        <span className="truncate text-[15px] font-semibold tracking-tight">Octopush Inbox</span>
      </Link>
      {demo && (
        <span
          title={t("demoDataTitle")}
          className="inline-flex shrink-0 items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300 ring-inset dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800"
        >
          <span className="size-1.5 rounded-full bg-amber-500" aria-hidden="true" />
          {t("demoData")}
        </span>
      )}
    </>
  );
}

/** The language switch, the signed-in agent and a one-click sign-out. */
export async function InboxAccount({ name, email, role }: { name: string; email: string; role?: string }) {
  const t = await getTranslations("account");
  return (
    <>
      <Link href="/shared" className={buttonClasses("ghost", "md")}>
        {t("sharedLinks")}
      </Link>
      {role === "admin" ? (
        <>
          <Link href="/admin/agents" className={buttonClasses("ghost", "md")}>
            {t("admin")}
          </Link>
          <Link href="/admin/audit" className={buttonClasses("ghost", "md")}>
            {t("audit")}
          </Link>
        </>
      ) : null}
      <LocaleSwitch />
      {/* On a phone the row is full: the sign-out button keeps its room, the avatar goes. */}
      <span className="hidden min-w-0 items-center gap-2 sm:flex" title={email}>
        <InboxAvatar name={name} seed={email} className="size-7 text-[11px]" />
        <span className="hidden max-w-40 truncate text-sm font-medium text-zinc-700 sm:inline dark:text-zinc-200">
          <span className="sr-only">{t("signedInAs")} </span>
          <span translate="no">{name}</span>
        </span>
      </span>
      <SignOutButton />
    </>
  );
}
