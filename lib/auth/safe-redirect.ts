// Where to send a person after sign-in. `callbackUrl` comes from the query
// string, so anything that could leave this origin (`//host`, `/\host`,
// `https://…`, `javascript:`) falls back to the inbox: an open redirect on a
// login page is a phishing tool.

export const DEFAULT_AFTER_LOGIN = "/inbox";

export function safeCallbackPath(value: unknown, fallback: string = DEFAULT_AFTER_LOGIN): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Browsers strip tabs and newlines from URLs, so "/\t/evil" would become "//evil".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const base = "http://same-origin.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
