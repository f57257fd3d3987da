import { z } from "zod";
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

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

function whole(name: string, min: number, max: number, fallback: number) {
  return z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: `${name} must be a number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );
}

export const shareEnvShape = {
  INBOX_SHARE_MAX_DAYS: whole("INBOX_SHARE_MAX_DAYS", 1, 365, DEFAULT_SHARE_MAX_DAYS),
  INBOX_SHARE_VIEWS_PER_TOKEN: whole("INBOX_SHARE_VIEWS_PER_TOKEN", 1, 100_000, 120),
  INBOX_SHARE_VIEWS_PER_ADDRESS: whole("INBOX_SHARE_VIEWS_PER_ADDRESS", 1, 100_000, 60),
  INBOX_SHARE_WINDOW_SECONDS: whole("INBOX_SHARE_WINDOW_SECONDS", 1, 86_400, 600),
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
