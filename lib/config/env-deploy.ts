import { z } from "zod";

// Variables of the deployment concern (docs/deploy.md), merged into lib/config/env.ts's schema.

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export const deployEnvShape = {
  INBOX_SHUTDOWN_TIMEOUT_MS: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: "INBOX_SHUTDOWN_TIMEOUT_MS must be a number of milliseconds" })
      .int("INBOX_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds")
      .min(0, "INBOX_SHUTDOWN_TIMEOUT_MS must be at least 0")
      .max(600_000, "INBOX_SHUTDOWN_TIMEOUT_MS must be at most 600000")
      .default(DEFAULT_SHUTDOWN_TIMEOUT_MS),
  ),
};

export interface DeployEnv {
  /** On SIGTERM, how long the requests in flight may take before they are cut off. */
  shutdownTimeoutMs: number;
}

export function deployEnv(raw: { INBOX_SHUTDOWN_TIMEOUT_MS: number }): DeployEnv {
  return { shutdownTimeoutMs: raw.INBOX_SHUTDOWN_TIMEOUT_MS };
}
