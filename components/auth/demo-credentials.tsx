import { Alert } from "@/components/ui/alert";
import type { DemoAccount } from "@/lib/auth/demo-account";

export function DemoCredentials({ account }: { account: DemoAccount }) {
  return (
    <Alert
      as="aside"
      tone="warning"
      // A short name on purpose: labelled by its text, it would also match getByLabel("Password").
      aria-label="Demo mode"
    >
      <div>
        <p className="font-semibold">
          Demo mode — sign in as <code className="font-mono font-medium whitespace-nowrap">{account.email}</code> /
          password: <code className="font-mono font-medium">{account.password}</code>
        </p>
        <p className="mt-1 text-amber-800/80 dark:text-amber-200/70">
          The inbox shows simulated conversations, not real customer data.
        </p>
      </div>
    </Alert>
  );
}
