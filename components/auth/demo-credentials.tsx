import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { DemoAccount } from "@/lib/auth/demo-account";

export async function DemoCredentials({ account }: { account: DemoAccount }) {
  const t = await getTranslations("login.demo");
  return (
    <Alert
      as="aside"
      tone="warning"
      // A short name on purpose: labelled by its text, it would also match getByLabel("Password").
      aria-label={t("label")}
    >
      <div>
        <p className="font-semibold">
          {t.rich("credentials", {
            email: () => (
              <code translate="no" className="font-mono font-medium whitespace-nowrap">
                {account.email}
              </code>
            ),
            password: () => (
              <code translate="no" className="font-mono font-medium">
                {account.password}
              </code>
            ),
          })}
        </p>
        <p className="mt-1 text-amber-800/80 dark:text-amber-200/70">{t("simulated")}</p>
      </div>
    </Alert>
  );
}
