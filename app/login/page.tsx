import type { Metadata } from "next";
import { DemoCredentials } from "@/components/auth/demo-credentials";
import { LoginForm } from "@/components/auth/login-form";
import { LoginNotice, loginNoticeText } from "@/components/auth/login-notice";
import { LogoMark } from "@/components/auth/logo-mark";
import { SsoButton } from "@/components/auth/sso-button";
import { getDemoAccount } from "@/lib/auth/demo-account";
import { getEnv } from "@/lib/config/env";
import { hasPasswordAccounts } from "@/lib/accounts/accounts";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Sign in · Octopush Inbox" };

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  const demo = getDemoAccount();
  const { oidc } = getEnv();
  // Only the configured methods: SSO when AUTH_OIDC_* is set; the password form when
  // the accounts file has someone in it, or when it is the only method there is.
  const showPassword = !oidc || (await hasPasswordAccounts(getEnv().usersFile));
  const target = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  const notice = loginNoticeText(typeof error === "string" ? error : undefined);

  return (
    <main className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex flex-col items-center gap-3 text-center">
          <LogoMark className="size-11" />
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">Octopush Inbox</h1>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Sign in to read and answer your customers.</p>
          </div>
        </div>

        {notice ? <LoginNotice text={notice} /> : null}

        <div className="space-y-5 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
          {oidc ? <SsoButton label={oidc.name} callbackUrl={target} /> : null}
          {oidc && showPassword ? (
            <p className="flex items-center gap-3 text-xs text-zinc-500 before:h-px before:flex-1 before:bg-zinc-200 after:h-px after:flex-1 after:bg-zinc-200 dark:before:bg-zinc-800 dark:after:bg-zinc-800">
              or with a password
            </p>
          ) : null}
          {showPassword ? <LoginForm callbackUrl={target} /> : null}
        </div>

        {demo ? <DemoCredentials account={demo} /> : null}

        <p className="text-center text-xs text-zinc-500 dark:text-zinc-500">
          No account? Ask your administrator to add you with <code className="font-mono">npm run users</code>.
        </p>
      </div>
    </main>
  );
}
