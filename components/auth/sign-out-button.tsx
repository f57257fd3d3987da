import { getTranslations } from "next-intl/server";
import { signOutToLogin } from "@/lib/auth/actions";

export async function SignOutButton({ className = "" }: { className?: string }) {
  const t = await getTranslations("account");
  return (
    <form action={signOutToLogin}>
      <button
        type="submit"
        className={`rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-700 shadow-xs transition hover:bg-zinc-50 focus-visible:ring-4 focus-visible:ring-indigo-500/30 focus-visible:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800 ${className}`}
      >
        {t("signOut")}
      </button>
    </form>
  );
}
