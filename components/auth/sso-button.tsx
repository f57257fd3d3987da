import { signInWithSso } from "@/lib/auth/actions";

// Single sign-on: a plain form, so it works before the page's JavaScript has loaded.
export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <form action={signInWithSso}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button
        type="submit"
        className="flex w-full items-center justify-center gap-2 rounded-lg border border-zinc-300 bg-white px-4 py-2.5 text-sm font-semibold text-zinc-800 shadow-xs transition hover:bg-zinc-50 focus-visible:ring-4 focus-visible:ring-indigo-500/30 focus-visible:outline-none dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:hover:bg-zinc-800"
      >
        {label}
      </button>
    </form>
  );
}
