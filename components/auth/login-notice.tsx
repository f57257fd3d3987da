import { Alert } from "@/components/ui/alert";

// Why the last sign-in did not complete, from the `error` Auth.js (or our own
// action) put in the URL. Known values only: the query string is never echoed.
const MESSAGES: Record<string, string> = {
  AccessDenied:
    "This account is not allowed in this inbox. Ask your administrator to add it to the list of allowed accounts, or sign in with another account.",
  SsoUnavailable: "Single sign-on is unavailable right now. Try again in a moment.",
};
const FALLBACK = "Sign-in did not complete. Try again.";

export function loginNoticeText(error: string | undefined): string | null {
  if (!error) return null;
  return MESSAGES[error] ?? FALLBACK;
}

export function LoginNotice({ text }: { text: string }) {
  return (
    <Alert tone="danger" role="alert" aria-label="Sign-in refused">
      {text}
    </Alert>
  );
}
