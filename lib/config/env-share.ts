import { wholeNumber } from "./env-helpers";
import { DEFAULT_SHARE_MAX_DAYS } from "@/lib/sharing/expiry";

// Shared links' settings (lib/sharing/), validated apart from env.ts and merged
// into its Env by parseEnv.

export interface ShareConfig {
  /** INBOX_SHARE_MAX_DAYS: the longest a shared link may live. */
  maxDays: number;
  /** Views of one link allowed per window, from anyone. */
  viewsPerToken: number;
  /** Views (of any link, known or not) allowed per window from one client address. */
  viewsPerAddress: number;
  /** The window of both counts, in seconds; a refused caller waits that long. */
  windowSeconds: number;
}

export const shareEnvShape = {
  INBOX_SHARE_MAX_DAYS: wholeNumber("INBOX_SHARE_MAX_DAYS", 1, 365, DEFAULT_SHARE_MAX_DAYS),
  INBOX_SHARE_VIEWS_PER_TOKEN: wholeNumber("INBOX_SHARE_VIEWS_PER_TOKEN", 1, 100_000, 120),
  INBOX_SHARE_VIEWS_PER_ADDRESS: wholeNumber("INBOX_SHARE_VIEWS_PER_ADDRESS", 1, 100_000, 60),
  INBOX_SHARE_WINDOW_SECONDS: wholeNumber("INBOX_SHARE_WINDOW_SECONDS", 1, 86_400, 600),
};

type ShareRaw = { [K in keyof typeof shareEnvShape]: number };

export function toShareConfig(raw: ShareRaw): ShareConfig {
  return {
    maxDays: raw.INBOX_SHARE_MAX_DAYS,
    viewsPerToken: raw.INBOX_SHARE_VIEWS_PER_TOKEN,
    viewsPerAddress: raw.INBOX_SHARE_VIEWS_PER_ADDRESS,
    windowSeconds: raw.INBOX_SHARE_WINDOW_SECONDS,
  };
}
