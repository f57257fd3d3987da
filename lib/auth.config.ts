import type { NextAuthConfig } from "next-auth";
import { NextResponse } from "next/server";
import { decideAccess, LOGIN_PATH, UNAUTHENTICATED_BODY } from "./auth-access";
import { getEnv } from "./env";

// The part of the auth setup that proxy.ts needs: no providers, so nothing
// here touches the accounts file or node:crypto.

/** An agent's shift: a session lasts 12 hours, then they sign in again. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function unauthenticatedResponse(): Response {
  return NextResponse.json(UNAUTHENTICATED_BODY, { status: 401 });
}

/**
 * Built per request rather than at import so `next build` never needs the
 * runtime secret, and a bad env fails loudly on the first request.
 * Host trust comes from AUTH_TRUST_HOST / AUTH_URL, which next-auth reads itself.
 */
export function buildAuthConfig(): NextAuthConfig {
  return {
    secret: getEnv().authSecret,
    pages: { signIn: LOGIN_PATH },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers: [],
    callbacks: {
      authorized({ request, auth }) {
        const { pathname, search } = request.nextUrl;
        const decision = decideAccess(pathname, search, Boolean(auth?.user));
        if (decision.kind === "allow") return true;
        if (decision.kind === "unauthenticated") return unauthenticatedResponse();
        return NextResponse.redirect(new URL(decision.location, request.nextUrl));
      },
    },
  };
}
