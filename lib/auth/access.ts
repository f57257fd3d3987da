// Which requests need a session, decided from the path alone so the proxy's
// rules can be unit tested without a running server.

import type { ApiErrorBody } from "@/lib/api/error-codes";

export const LOGIN_PATH = "/login";
export const HOME_PATH = "/inbox";

export const UNAUTHENTICATED_BODY: ApiErrorBody = {
  error: { code: "unauthenticated", message: "Sign in to continue." },
};

export type AccessDecision = { kind: "allow" } | { kind: "redirect"; location: string } | { kind: "unauthenticated" };

function isPublicApi(pathname: string): boolean {
  return (
    pathname === "/api/health" ||
    pathname === "/api/ready" ||
    pathname === "/api/auth" ||
    pathname.startsWith("/api/auth/")
  );
}

/** Shared links (/s/<token>): open to anyone; the token is checked by lib/sharing/gate.ts, not by a session. */
export const SHARED_PATH_PREFIX = "/s/";

export function isSharedPath(pathname: string): boolean {
  return pathname.startsWith(SHARED_PATH_PREFIX);
}

/**
 * API routes that need a session. Their handlers decode it themselves (withSession,
 * requireAdmin), so proxy.ts only looks for a session cookie there instead of
 * decrypting it a second time (docs/decisions/speed-against-the-floor.md).
 */
export function isSessionApi(pathname: string): boolean {
  return (pathname === "/api" || pathname.startsWith("/api/")) && !isPublicApi(pathname);
}

/**
 * Data routes that proxy.ts's matcher skips: the ones an open inbox polls and pages
 * through. Each handler checks the session itself (withSession), as every data
 * route does; next.config.js gives them the API headers.
 */
export const PROXY_FREE_APIS = ["/api/messages", "/api/search", "/api/inbox/summary", "/api/inbox/conversations"];

// Auth.js's session cookie, with the __Secure- prefix over https, split into .0, .1... when large.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Whether the request carries a session cookie at all (not whether it is valid). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

export function decideAccess(pathname: string, search: string, signedIn: boolean): AccessDecision {
  if (isSharedPath(pathname)) return { kind: "allow" };
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return signedIn || isPublicApi(pathname) ? { kind: "allow" } : { kind: "unauthenticated" };
  }
  // An invitation link opens without a session (it carries its own one-time token).
  if (pathname.startsWith("/invite/")) return { kind: "allow" };
  if (pathname === LOGIN_PATH) {
    return signedIn ? { kind: "redirect", location: HOME_PATH } : { kind: "allow" };
  }
  if (signedIn) return { kind: "allow" };
  const callbackUrl = encodeURIComponent(`${pathname}${search}`);
  return { kind: "redirect", location: `${LOGIN_PATH}?callbackUrl=${callbackUrl}` };
}
