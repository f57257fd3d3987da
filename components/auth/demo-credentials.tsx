import { getTranslations } from "next-intl/server";
import type { DemoAccount } from "@/lib/auth/demo-account";

export async function DemoCredentials({ account }: { account: DemoAccount }) {
  const t = await getTranslations("login.demo");
  return (
    <aside
      // A short name on purpose: labelled by its text, it would also match getByLabel("Password").
      aria-label={t("label")}
      className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <p className="font-semibold">
        {t.rich("credentials", {
          email: () => <code className="font-mono font-medium whitespace-nowrap">{account.email}</code>,
          password: () => <code className="font-mono font-medium">{account.password}</code>,
        })}
      </p>
      <p className="mt-1 text-amber-800/80 dark:text-amber-200/70">{t("simulated")}</p>
    </aside>
  );
}
