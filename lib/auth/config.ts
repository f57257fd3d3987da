import type { NextAuthConfig } from "next-auth";
import { NextResponse } from "next/server";
import { LOGIN_PATH, UNAUTHENTICATED_BODY } from "./access";
import { getEnv } from "@/lib/config/env";
import { getRevocationStore } from "./revocation-instance";
import { newSessionId, sessionEndedBy } from "./session-check";
import { applyAccountCheck, getAccountCheck } from "./account-check";

// The part of the auth setup that proxy.ts needs: no providers, so nothing
// here touches the accounts file or node:crypto.

/** An agent's shift by default: INBOX_SESSION_HOURS (12), counted from sign-in. */
export function sessionMaxAgeSeconds(): number {
  return getEnv().sessionMaxAgeSeconds;
}

export function unauthenticatedResponse(): Response {
  return NextResponse.json(UNAUTHENTICATED_BODY, { status: 401 });
}

/**
 * Whether a decoded session token still opens the inbox, and with which role and
 * name: null when it expired, was revoked, or its agent is disabled or removed.
 * The jwt callback below and requireSession (lib/auth/auth.ts) both ask here.
 */
export async function checkSessionToken<T extends Record<string, unknown>>(
  token: T,
  nowSeconds: number,
  maxAgeSeconds: number,
): Promise<T | null> {
  if (await sessionEndedBy(token, nowSeconds, maxAgeSeconds, getRevocationStore())) return null;
  // A disabled or removed agent is signed out here; the role follows the store.
  return applyAccountCheck(token, getAccountCheck());
}

/**
 * Built per request rather than at import so `next build` never needs the
 * runtime secret, and a bad env fails loudly on the first request.
 * Host trust comes from AUTH_TRUST_HOST / AUTH_URL, which next-auth reads itself.
 * Which paths need a session is decided in proxy.ts (it also sets the headers).
 */
export function buildAuthConfig(): NextAuthConfig {
  const maxAge = sessionMaxAgeSeconds();
  const env = getEnv();
  return {
    secret: env.authSecret,
    // Secure, __Secure- named cookies exactly when AUTH_URL is https. Without AUTH_URL,
    // Auth.js decides per request (https, or X-Forwarded-Proto: https); start-up warns.
    useSecureCookies: env.authUrl ? env.secureCookies : undefined,
    // Refusals (AccessDenied, a failed SSO round trip) land on the login page with ?error=.
    pages: { signIn: LOGIN_PATH, error: LOGIN_PATH },
    session: { strategy: "jwt", maxAge },
    providers: [],
    callbacks: {
      // The role travels in the session for pages and route handlers (the admin area).
      session({ session, token }) {
        return { ...session, user: { ...session.user, role: token.role === "admin" ? "admin" : "agent" } };
      },
      async jwt({ token, user }) {
        const now = Math.floor(Date.now() / 1000);
        // The e-mail is the identity the allow-list checked: keep it normalised in the session.
        // `sid` names this session for revocation (Auth.js's own jti changes each time the cookie is re-issued).
        if (user) {
          return {
            ...token,
            email: user.email?.trim().toLowerCase() ?? token.email,
            signedInAt: now,
            sid: newSessionId(),
            role: "role" in user && user.role === "admin" ? "admin" : "agent",
          };
        }
        // null ends the session: the cookie is cleared and auth() answers null.
        return checkSessionToken(token, now, maxAge);
      },
    },
  };
}
