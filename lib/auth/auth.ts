import "server-only";
import NextAuth, { AuthError, CredentialsSignin, type NextAuthConfig, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { decode, getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { z } from "zod";
import { isAllowed, type SignInMethod } from "./allow-list";
import { buildAuthConfig, checkSessionToken, sessionMaxAgeSeconds } from "./config";
import { getRevocationStore } from "./revocation-instance";
import { sessionEndsAt } from "./session-check";
import { getThrottle } from "./throttle-instance";
import { createTokenMemo } from "./token-memo";
import { clientAddress } from "./client-address";
import { getEnv } from "@/lib/config/env";
import { normalizeEmail } from "@/lib/accounts/store";
import { checkCredentials, ensureSsoAgent, type AccountStatus } from "@/lib/accounts/accounts";
import { describeDriverError } from "@/lib/db/errors";
import { getDb } from "@/lib/db/instance";
import { auditSignIn } from "@/lib/audit/sign-in";
import type { AgentRole } from "@/lib/db/schema";

// Agents sign in with e-mail and password against the accounts file managed by
// `npm run users`, and, when AUTH_OIDC_* is set, through the company's OpenID
// Connect provider. INBOX_ALLOWED_EMAILS is checked for both in `signIn`
// (see docs/decisions/auth-credentials.md and docs/security.md).

export const OIDC_PROVIDER_ID = "oidc";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** Thrown by `authorize` while an account or address is throttled; `code` reaches the login form. */
export class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMs: number) {
    super();
  }
}

/** Thrown by `authorize` when the accounts cannot be read; the login form says the database is unreachable. */
export class DatabaseUnavailableSignIn extends CredentialsSignin {
  code = "database_unavailable";
}

/** Where an SSO sign-in lands when its account cannot be read or created. */
export const DATABASE_UNAVAILABLE_PATH = "/login?error=DatabaseUnavailable";

function logDatabaseFailure(error: unknown): void {
  console.error(`[auth] sign-in could not reach the database: ${describeDriverError(error)}`);
}

function methodOf(account: { provider?: string } | null | undefined): SignInMethod {
  return account?.provider === OIDC_PROVIDER_ID ? "oidc" : "password";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The caller's address, from inside a route handler or server action. */
async function requestAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    return "unknown";
  }
}

function providers(): NextAuthConfig["providers"] {
  const { oidc } = getEnv();
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const email = normalizeEmail(parsed.data.email);
        const ip = clientAddress(request.headers);
        const throttle = getThrottle();
        // The attempt is counted before the password is checked, so parallel attempts cannot exceed the limit.
        const verdict = await throttle.reserve(email, ip);
        if (!verdict.allowed) {
          await auditSignIn({
            event: "auth.sign_in",
            outcome: "refused",
            reason: "throttled",
            method: "password",
            email,
            ip,
          });
          throw new TooManyAttempts(verdict.retryAfterMs);
        }
        await sleep(verdict.delayMs);
        let checked;
        try {
          checked = await checkCredentials(await getDb(), email, parsed.data.password);
        } catch (error) {
          logDatabaseFailure(error);
          throw new DatabaseUnavailableSignIn();
        }
        if (!checked.ok) {
          await auditSignIn({
            event: "auth.sign_in",
            outcome: "refused",
            reason: checked.reason,
            method: "password",
            email,
            ip,
          });
          return null;
        }
        const user = checked.agent;
        await throttle.recordSuccess(email, ip);
        // next-auth puts `id` in the token's `sub`; the e-mail is the stable id here.
        return { id: user.email, email: user.email, name: user.name, role: user.role };
      },
    }),
  ];
  if (oidc) {
    list.push({
      id: OIDC_PROVIDER_ID,
      name: oidc.name,
      type: "oidc",
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      checks: ["pkce", "state", "nonce"],
    });
  }
  return list;
}

// Lazy so `next build` never reads the runtime env; built once, not on every auth() call.
let config: NextAuthConfig | undefined;
export const { auth, handlers, signIn, signOut } = NextAuth(() => (config ??= buildFullConfig()));

function buildFullConfig(): NextAuthConfig {
  const base = buildAuthConfig();
  return {
    ...base,
    logger: {
      // Refusals are expected events, written once as audit lines; not server errors with stack traces.
      // instanceof, not error.name: class names are minified in the production build.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        if (error instanceof AuthError && error.type === "AccessDenied") return;
        // Type and the cause's message only: the cause object can hold request details.
        const cause =
          error instanceof AuthError && error.cause?.err instanceof Error ? ` (${error.cause.err.message})` : "";
        console.error("[auth]", error instanceof AuthError ? `${error.type}${cause}` : error);
      },
    },
    providers: providers(),
    callbacks: {
      ...base.callbacks,
      async signIn({ user, account, profile }) {
        const method = methodOf(account);
        const email = typeof user.email === "string" ? normalizeEmail(user.email) : null;
        if (method === "oidc" && profile?.email_verified === false) {
          await auditSignIn({
            event: "auth.sign_in",
            outcome: "refused",
            reason: "unverified_email",
            method,
            email,
            ip: await requestAddress(),
          });
          return false;
        }
        if (!isAllowed(getEnv().allowedEmails, email, method)) {
          await auditSignIn({
            event: "auth.sign_in",
            outcome: "refused",
            reason: "not_allowed",
            method,
            email,
            ip: await requestAddress(),
          });
          return false;
        }
        if (method === "oidc" && email) {
          // An admitted SSO identity gets an account (role agent) on first sign-in; a disabled one stays out.
          let status: AccountStatus;
          try {
            status = await ensureSsoAgent(await getDb(), email, user.name ?? email);
          } catch (error) {
            logDatabaseFailure(error);
            return DATABASE_UNAVAILABLE_PATH;
          }
          if (status.kind !== "active") {
            await auditSignIn({
              event: "auth.sign_in",
              outcome: "refused",
              reason: "disabled",
              method,
              email,
              ip: await requestAddress(),
            });
            return false;
          }
          Object.assign(user, { role: status.role });
        }
        return true;
      },
    },
    events: {
      async signIn({ user, account }) {
        const method = methodOf(account);
        const role = (user as { role?: unknown }).role === "admin" ? "admin" : "agent";
        await auditSignIn(
          {
            event: "auth.sign_in",
            outcome: "success",
            method,
            email: normalizeEmail(user.email ?? ""),
            ip: await requestAddress(),
          },
          role,
        );
      },
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        // The cookie is cleared in this browser; the revocation ends copies of it everywhere else.
        if (typeof token?.sid === "string") {
          const now = Math.floor(Date.now() / 1000);
          await getRevocationStore().revoke(token.sid, sessionEndsAt(token, sessionMaxAgeSeconds(), now));
        }
        const email = typeof token?.email === "string" ? token.email : null;
        const role = token?.role === "admin" || token?.role === "agent" ? token.role : null;
        await auditSignIn({ event: "auth.sign_out", outcome: "success", email, ip: await requestAddress() }, role);
      },
    },
  };
}

export type SignedInSession = Session & { user: { email: string; name: string; role: AgentRole } };

const tokens = createTokenMemo();

/** The cookie name Auth.js uses for this request: __Secure- over https (AUTH_URL, or the request when unset). */
function secureCookie(requestHeaders: Headers): boolean {
  const env = getEnv();
  if (env.authUrl) return env.secureCookies;
  return requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * For route handlers and pages: the proxy is the first gate, not the only one,
 * so each handler asks again. Null means "answer 401" (see unauthenticatedResponse).
 *
 * It reads the session the way Auth.js's `auth()` does (the same cookie, the same
 * decryption, the same jwt-callback checks: lifetime, revocation, account) but
 * without re-encrypting a cookie that a route handler or a page could not set
 * anyway, and decrypting each cookie once (token-memo.ts) instead of a decryption
 * and an encryption inside a whole Auth.js request per call
 * (docs/decisions/speed-against-the-floor.md).
 * proxy.ts keeps the rolling cookie on page navigations.
 */
export async function requireSession(): Promise<SignedInSession | null> {
  const env = getEnv();
  const requestHeaders = await headers();
  const secure = secureCookie(requestHeaders);
  const now = Math.floor(Date.now() / 1000);
  let token: Record<string, unknown> | null;
  try {
    // The raw cookie (joined if Auth.js split it), then its payload, decrypted once per cookie (token-memo.ts).
    const raw = await getToken({
      req: { headers: requestHeaders },
      secret: env.authSecret,
      secureCookie: secure,
      raw: true,
    });
    const salt = secure ? "__Secure-authjs.session-token" : "authjs.session-token";
    token = raw ? await tokens.open(raw, (t) => decode({ token: t, secret: env.authSecret ?? "", salt }), now) : null;
  } catch {
    // A cookie that does not decrypt (another secret, tampered) is no session.
    return null;
  }
  if (!token) return null;
  const checked = await checkSessionToken(token, now, sessionMaxAgeSeconds());
  const email = typeof checked?.email === "string" ? checked.email : null;
  if (!checked || !email) return null;
  const name = typeof checked.name === "string" && checked.name ? checked.name : email;
  const role: AgentRole = checked.role === "admin" ? "admin" : "agent";
  const exp = typeof checked.exp === "number" ? checked.exp : now + sessionMaxAgeSeconds();
  return { user: { email, name, role }, expires: new Date(exp * 1000).toISOString() };
}
