import { sessionExpired, type LifetimeToken } from "./session-lifetime";
import type { RevocationStore } from "./revocation";

// Whether a session cookie still opens the inbox: asked on every request, in the
// jwt callback (lib/auth/config.ts), so proxy.ts and every auth() call agree.

/** A new session's id: random, so it cannot be guessed or reused. */
export function newSessionId(): string {
  return crypto.randomUUID();
}

/** When a revocation of this session may be forgotten: when the session would have expired anyway. */
export function sessionEndsAt(token: LifetimeToken, maxAgeSeconds: number, nowSeconds: number): number {
  const at = typeof token.signedInAt === "number" ? token.signedInAt : nowSeconds;
  return at + maxAgeSeconds;
}

export async function sessionEndedBy(
  token: LifetimeToken,
  nowSeconds: number,
  maxAgeSeconds: number,
  revocations: RevocationStore,
): Promise<boolean> {
  if (sessionExpired(token, nowSeconds, maxAgeSeconds)) return true;
  // A token without an id predates revocation or was forged without it: it could never be ended early.
  if (typeof token.sid !== "string" || !token.sid) return true;
  return revocations.isRevoked(token.sid);
}
