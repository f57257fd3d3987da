import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireSession } from "@/lib/auth";

// Placeholder until the inbox lands; it proves the session reaches a page.
export default async function InboxPage() {
  const session = await requireSession();
  if (!session) redirect("/login?callbackUrl=%2Finbox");

  return (
    <main className="mx-auto flex max-w-3xl items-center justify-between px-6 py-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Signed in as {session.user.name}</p>
      </div>
      <SignOutButton />
    </main>
  );
}
