import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Providers } from "@/components/providers";

// The signed-in frame. The conversation list and the top bar's contents belong to
// the inbox-list work; the thread renders in <main>, filling the remaining height.
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <div className="flex h-dvh flex-col bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
        <header className="flex h-12 shrink-0 items-center border-b border-zinc-200 px-4 dark:border-zinc-800">
          <span className="font-semibold">Octopush Inbox</span>
          <SignOutButton className="ml-auto" />
        </header>
        <div className="flex min-h-0 flex-1">
          <main className="flex min-w-0 flex-1 flex-col">{children}</main>
        </div>
      </div>
    </Providers>
  );
}
