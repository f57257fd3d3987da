// How long a shared link lives, and whether one still opens. Pure.

export const SHARE_DURATIONS = ["1h", "24h", "7d", "30d"] as const;
export type ShareDuration = (typeof SHARE_DURATIONS)[number];

const HOUR_MS = 3_600_000;
export const DURATION_MS: Record<ShareDuration, number> = {
  "1h": HOUR_MS,
  "24h": 24 * HOUR_MS,
  "7d": 7 * 24 * HOUR_MS,
  "30d": 30 * 24 * HOUR_MS,
};

export const DEFAULT_SHARE_MAX_DAYS = 30;

/** The durations offered under INBOX_SHARE_MAX_DAYS (1 hour is always offered). */
export function allowedDurations(maxDays: number): ShareDuration[] {
  const cap = maxDays * 24 * HOUR_MS;
  return SHARE_DURATIONS.filter((d) => d === "1h" || DURATION_MS[d] <= cap);
}

/** The expiry of a link made now; null when the duration is not allowed. */
export function expiryFor(duration: string, now: Date, maxDays: number): Date | null {
  if (!(allowedDurations(maxDays) as string[]).includes(duration)) return null;
  return new Date(now.getTime() + DURATION_MS[duration as ShareDuration]);
}

export type LinkState = "active" | "expired" | "revoked";

export function linkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): LinkState {
  if (link.revokedAt) return "revoked";
  // The expiry instant itself is already past: a link made for 1 hour is good for 1 hour, not one millisecond more.
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}
