import "server-only";
import { getEnv } from "@/lib/config/env";

// The demo agent's credentials, shown on the login page so whoever runs
// `npm run demo` can get in. Only in demo mode (no Octopush credentials), and
// only when the demo start script has set both variables and created the account.
export interface DemoAccount {
  email: string;
  password: string;
}

export function getDemoAccount(source: Record<string, string | undefined> = process.env): DemoAccount | null {
  if (getEnv().mode !== "demo") return null;
  const email = source.INBOX_DEMO_EMAIL?.trim();
  const password = source.INBOX_DEMO_PASSWORD;
  return email && password ? { email, password } : null;
}
