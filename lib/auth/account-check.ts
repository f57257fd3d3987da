import type { AgentRole } from "@/lib/db/schema";

// Whether the account behind a session may still use it: asked on every request
// in the jwt callback (lib/auth/config.ts), next to the revocation check, so an
// agent who is disabled or removed is signed out at their next request.
// proxy.ts runs that callback too, and must not pull the database drivers into
// its bundle: the check is installed on globalThis at start-up
// (lib/accounts/session-status.ts, from instrumentation.ts) and found here.

export type AccountVerdict =
  | { kind: "active"; role: AgentRole; name: string }
  | { kind: "disabled" }
  | { kind: "missing" }
  /** The database did not answer: the session is kept as it is (docs/decisions/store-and-accounts.md). */
  | { kind: "unknown" };

export type AccountCheck = (email: string) => Promise<AccountVerdict>;

const KEY = Symbol.for("octopush-inbox.account-check");
type WithCheck = typeof globalThis & { [KEY]?: AccountCheck };

export function installAccountCheck(check: AccountCheck): void {
  (globalThis as WithCheck)[KEY] = check;
}

export function getAccountCheck(): AccountCheck | undefined {
  return (globalThis as WithCheck)[KEY];
}

/**
 * The token to keep (with the role and name the store has now), or null to end the
 * session. Without an installed check (unit tests, a build step) the token is kept.
 */
export async function applyAccountCheck<T extends Record<string, unknown>>(
  token: T,
  check: AccountCheck | undefined,
): Promise<T | null> {
  if (!check) return token;
  const email = token.email;
  if (typeof email !== "string" || !email) return null;
  const verdict = await check(email);
  switch (verdict.kind) {
    case "active":
      return token.role === verdict.role && token.name === verdict.name
        ? token
        : { ...token, role: verdict.role, name: verdict.name };
    case "unknown":
      return token;
    default:
      return null;
  }
}
