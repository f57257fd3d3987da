import { getTranslations } from "next-intl/server";

// Why the last sign-in did not complete, from the `error` Auth.js (or our own
// action) put in the URL. Known values only: the query string is never echoed.
const KNOWN = ["AccessDenied", "SsoUnavailable"] as const;
export type LoginNoticeKey = (typeof KNOWN)[number] | "fallback";

export function loginNoticeKey(error: string | undefined): LoginNoticeKey | null {
  if (!error) return null;
  return (KNOWN as readonly string[]).includes(error) ? (error as LoginNoticeKey) : "fallback";
}

export async function LoginNotice({ notice }: { notice: LoginNoticeKey }) {
  const t = await getTranslations("login.notice");
  return (
    <div
      role="alert"
      aria-label={t("label")}
      className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      {t(notice)}
    </div>
  );
}
