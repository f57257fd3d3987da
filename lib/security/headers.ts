// The headers every response carries. Pure (no Next imports) so proxy.ts,
// next.config.js's values and the unit tests share one definition.

/** Denied browser features: the inbox reads and links text, nothing more. */
/** The request header proxy.ts puts this request's CSP nonce in, for getNonce() (Next reads the CSP header itself). */
export const NONCE_HEADER = "x-nonce";

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Headers that do not depend on the request (also set for static files in next.config.js). */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const HSTS = "max-age=63072000; includeSubDomains";

export interface CspOptions {
  nonce: string;
  /** Origins a form may post to besides this app (the SSO issuer: the sign-in form ends up there). */
  formActionOrigins?: readonly string[];
  /** `next dev` needs eval for its tooling; never in production. */
  dev?: boolean;
}

/**
 * Pages: scripts only with this request's nonce ('strict-dynamic' lets those load
 * Next's chunks). Styles allow 'unsafe-inline' because React writes `style`
 * attributes into server HTML (the virtualised thread positions rows that way), and
 * a nonce cannot cover attributes; style injection needs markup injection first,
 * which React's escaping and the XSS tests rule out.
 */
export function pageCsp({ nonce, formActionOrigins = [], dev = false }: CspOptions): string {
  const directives: Record<string, string> = {
    "default-src": "'self'",
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": ["'self'", ...formActionOrigins].join(" "),
    "frame-ancestors": "'none'",
    "frame-src": "'none'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** API answers are JSON: nothing in them may load or run anything, or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Whether the browser reached us over HTTPS (directly, or through a TLS-terminating proxy). */
export function isHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return url.protocol === "https:" || forwarded === "https";
}

/** 128 random bits, base64: fresh for every request. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function applySecurityHeaders(target: Headers, options: { csp: string; https: boolean }): void {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) target.set(name, value);
  target.set("Content-Security-Policy", options.csp);
  if (options.https) target.set("Strict-Transport-Security", HSTS);
}
