// Sessions end a fixed time after sign-in, not after the last click: Auth.js
// re-issues the JWT cookie on activity (a sliding expiry), so the sign-in time is
// kept in the token and checked on every read.

export type LifetimeToken = Record<string, unknown>;

/** Whether a token signed in at `signedInAt` (epoch seconds) has outlived `maxAgeSeconds`. */
export function sessionExpired(token: LifetimeToken, nowSeconds: number, maxAgeSeconds: number): boolean {
  const at = token.signedInAt;
  // A token without the mark predates it or was forged without it: treat as expired.
  if (typeof at !== "number" || !Number.isFinite(at)) return true;
  return nowSeconds - at >= maxAgeSeconds || at > nowSeconds + 60;
}
