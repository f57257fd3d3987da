import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { decideAccess, hasSessionCookie, isSessionApi, isSharedPath } from "@/lib/auth/access";
import { buildAuthConfig, unauthenticatedResponse } from "@/lib/auth/config";
import { getEnv } from "@/lib/config/env";
import { API_CSP, applySecurityHeaders, isHttps, makeNonce, NONCE_HEADER, pageCsp } from "@/lib/security/headers";
import { checkSharedRequest } from "@/lib/sharing/gate";

// First gate for every page and API route (rules in lib/auth/access.ts; route
// handlers still check the session themselves), and the one place that puts the
// security headers on them, with a fresh CSP nonce per page request.
// Not the lazy `NextAuth(() => config)` form: with it, `auth(wrapper)` returns a
// Promise, and Next needs `proxy` to be a function. Loaded only at run time.
const { auth } = NextAuth(buildAuthConfig());

/** A path Next cannot decode (a broken % escape) would fail later as a 500 without these headers. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const MALFORMED_PATH_BODY = {
  error: { code: "bad_request", message: "This address is not valid: it has a broken % escape." },
};

function formActionOrigins(): string[] {
  const issuer = getEnv().oidc?.issuer;
  return issuer ? [new URL(issuer).origin] : [];
}

// The wrapper form is used because next-auth's bare form relies on an
// `instanceof Request` check that NextRequest does not always pass.
const authProxy = auth(async (request) => {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  const https = isHttps(request.nextUrl, request.headers);
  const decision = decideAccess(pathname, search, Boolean(request.auth?.user));

  let response: Response;
  let csp = API_CSP;
  if (malformedPath(pathname)) {
    response = NextResponse.json(MALFORMED_PATH_BODY, { status: 400 });
  } else if (decision.kind === "unauthenticated") {
    response = unauthenticatedResponse();
  } else if (decision.kind === "redirect") {
    response = NextResponse.redirect(new URL(decision.location, request.nextUrl));
  } else if (isApi) {
    response = NextResponse.next();
  } else if (isSharedPath(pathname)) {
    // A shared link, read by someone without an account (lib/sharing/gate.ts).
    const nonce = makeNonce();
    csp = pageCsp({ nonce, dev: process.env.NODE_ENV === "development" });
    const verdict = await checkSharedRequest(pathname, request.headers);
    if (verdict.kind === "refuse") {
      response = new NextResponse(verdict.html, {
        status: verdict.status,
        headers: { "content-type": "text/html; charset=utf-8" },
      });
      if (verdict.retryAfter) response.headers.set("retry-after", String(verdict.retryAfter));
    } else {
      const requestHeaders = new Headers(request.headers);
      requestHeaders.set(NONCE_HEADER, nonce);
      requestHeaders.set("Content-Security-Policy", csp);
      response = NextResponse.next({ request: { headers: requestHeaders } });
    }
    response.headers.set("X-Robots-Tag", "noindex, nofollow");
    response.headers.set("Cache-Control", "private, no-store");
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const nonce = makeNonce();
    csp = pageCsp({ nonce, formActionOrigins: formActionOrigins(), dev: process.env.NODE_ENV === "development" });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set(NONCE_HEADER, nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  applySecurityHeaders(response.headers, { csp, https });
  return response;
});

/**
 * A data route decodes the session itself (withSession, requireAdmin): here it only
 * needs a session cookie, so the JWE is decrypted (and re-encrypted) once per API
 * request instead of twice. Pages, shared links and public routes go through Auth.js.
 */
export function proxy(request: NextRequest, context: Parameters<typeof authProxy>[1]) {
  const { pathname } = request.nextUrl;
  if (!isSessionApi(pathname) || malformedPath(pathname)) return authProxy(request, context);
  const signedIn = hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name));
  const response = signedIn ? NextResponse.next() : unauthenticatedResponse();
  applySecurityHeaders(response.headers, { csp: API_CSP, https: isHttps(request.nextUrl, request.headers) });
  return response;
}

export const config = {
  // Skip build assets and files served from public/ (anything with a file extension);
  // next.config.js gives those the fixed headers. Also the bench-only floor
  // (app/bench-floor/route.ts), which must cost no proxy work, and the data routes an
  // open inbox calls all day (PROXY_FREE_APIS in lib/auth/access.ts, the same list): their
  // handlers check the session themselves (withSession) and next.config.js gives them
  // the API headers, so the proxy would only cost time (docs/decisions/speed-against-the-floor.md).
  // Spelled out, as Next reads this statically; a path with a % escape never matches them.
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico|bench-floor$|api/(?:messages|search|inbox/summary|inbox/conversations)$|.*\\.(?:svg|png|jpe?g|gif|webp|avif|ico|txt|xml|webmanifest|css|js|map|woff2?)$).*)",
  ],
};
