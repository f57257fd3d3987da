import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DemoCredentials } from "@/components/auth/demo-credentials";
import { LoginForm } from "@/components/auth/login-form";
import { LoginNotice, loginNoticeKey } from "@/components/auth/login-notice";
import { LogoMark } from "@/components/auth/logo-mark";
import { SsoButton } from "@/components/auth/sso-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { getDemoAccount } from "@/lib/auth/demo-account";
import { DEFAULT_OIDC_NAME, getEnv } from "@/lib/config/env";
import { hasPasswordAccounts } from "@/lib/accounts/accounts";
import { getDb } from "@/lib/db/instance";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title", { page: t("signIn") }) };
}

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  const t = await getTranslations("login");
  const demo = getDemoAccount();
  const { oidc } = getEnv();
  // Only the configured methods: SSO when AUTH_OIDC_* is set; the password form when
  // the store has a password account, or when it is the only method there is. With the
  // database away the form stays, so the agent reads why sign-in fails rather than a bare page.
  const showPassword =
    !oidc ||
    (await getDb()
      .then(hasPasswordAccounts)
      .catch(() => true));
  const target = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  const notice = loginNoticeKey(typeof error === "string" ? error : undefined);

  return (
    <main className="relative flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
      <LocaleSwitch className="absolute top-4 right-4" />
      <div className="w-full max-w-sm space-y-6">
        <div className="flex flex-col items-center gap-3 text-center">
          <LogoMark className="size-11" />
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">Octopush Inbox</h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("tagline")}</p>
          </div>
        </div>

        {notice ? <LoginNotice notice={notice} /> : null}

        <div className="space-y-5 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
          {oidc ? (
            // The configured name is the company's own words; the default one is ours to translate.
            <SsoButton label={oidc.name === DEFAULT_OIDC_NAME ? t("sso") : oidc.name} callbackUrl={target} />
          ) : null}
          {oidc && showPassword ? (
            <p className="flex items-center gap-3 text-xs text-zinc-500 before:h-px before:flex-1 before:bg-zinc-200 after:h-px after:flex-1 after:bg-zinc-200 dark:before:bg-zinc-800 dark:after:bg-zinc-800">
              {t("orWithPassword")}
            </p>
          ) : null}
          {showPassword ? (
            <ClientMessages set="login">
              <LoginForm callbackUrl={target} />
            </ClientMessages>
          ) : null}
        </div>

        {demo ? <DemoCredentials account={demo} /> : null}

        <p className="text-center text-xs text-zinc-500 dark:text-zinc-500">
          {t.rich("noAccount", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
        </p>
      </div>
    </main>
  );
}
