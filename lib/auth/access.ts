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
