import type { DemoAccount } from "@/lib/demo-account";

export function DemoCredentials({ account }: { account: DemoAccount }) {
  return (
    <aside
      aria-labelledby="demo-mode-title"
      className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <p id="demo-mode-title" className="font-semibold">
        Demo mode — sign in as {account.email} / password: {account.password}
      </p>
      <p className="mt-1 text-amber-800/80 dark:text-amber-200/70">
        The inbox shows simulated conversations, not real customer data.
      </p>
    </aside>
  );
}
