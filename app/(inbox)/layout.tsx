import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/inbox/shell/app-shell";
import { requireSession } from "@/lib/auth/auth";

// /inbox and /conversations/<key> share the shell: top bar, conversation list
// beside the thread on a wide screen. The proxy already redirects signed-out
// visitors; this check keeps a page safe if the proxy's matcher ever misses it.
export default async function InboxLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  if (!session) redirect("/login");
  return (
    <ClientMessages set="inbox">
      <AppShell agent={session.user}>{children}</AppShell>
    </ClientMessages>
  );
}
