import type { ReactNode } from "react";
import { AppShell } from "@/components/inbox/app-shell";

// /inbox and /conversations/<key> share the shell: top bar, conversation list
// beside the thread on a wide screen.
export default function InboxLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
