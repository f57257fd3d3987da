import type { Metadata } from "next";
import { DemoCredentials } from "@/components/auth/demo-credentials";
import { LoginForm } from "@/components/auth/login-form";
import { LogoMark } from "@/components/auth/logo-mark";
import { getDemoAccount } from "@/lib/demo-account";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in · Octopush Inbox" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const demo = getDemoAccount();

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

        <div className="rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
          <LoginForm callbackUrl={safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined)} />
        </div>

        {demo ? <DemoCredentials account={demo} /> : null}

        <p className="text-center text-xs text-zinc-500 dark:text-zinc-500">
          No account? Ask your administrator to add you with <code className="font-mono">npm run users</code>.
        </p>
      </div>
    </main>
  );
}
