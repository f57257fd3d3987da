import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

// Why the last sign-in did not complete, from the `error` Auth.js (or our own
// action) put in the URL. Known values only: the query string is never echoed.
const KNOWN = ["AccessDenied", "SsoUnavailable", "DatabaseUnavailable"] as const;
export type LoginNoticeKey = (typeof KNOWN)[number] | "fallback";

export function loginNoticeKey(error: string | undefined): LoginNoticeKey | null {
  if (!error) return null;
  return (KNOWN as readonly string[]).includes(error) ? (error as LoginNoticeKey) : "fallback";
}

export async function LoginNotice({ notice }: { notice: LoginNoticeKey }) {
  const t = await getTranslations("login.notice");
  return (
    <Alert tone="danger" role="alert" aria-label={t("label")}>
      {t(notice)}
    </Alert>
  );
}
