import { z } from "zod";

// The shared-state variables (docs/shared-state.md), validated apart from
// env.ts and merged into its Env by parseEnv.

export const DEFAULT_REDIS_PREFIX = "octopush-inbox:";

export interface SharedStateConfig {
  /** REDIS_URL; null: every instance keeps its state in process. */
  redisUrl: string | null;
  /** INBOX_REDIS_PREFIX: put in front of every key, so instances of one inbox meet and others do not. */
  redisPrefix: string;
}

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const sharedEnvSchema = z.object({
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^rediss?$/,
        error: "REDIS_URL must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379",
      })
      .optional(),
  ),
  INBOX_REDIS_PREFIX: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .max(100, "INBOX_REDIS_PREFIX must be at most 100 characters")
      .regex(/^[A-Za-z0-9:_.-]+$/, "INBOX_REDIS_PREFIX may hold letters, digits and : _ . - only")
      .default(DEFAULT_REDIS_PREFIX),
  ),
});

/** The shared-state settings, or the problems, one line each (parseEnv reports them with the others). */
export function parseSharedEnv(
  source: Record<string, string | undefined>,
): { ok: true; value: SharedStateConfig } | { ok: false; problems: string[] } {
  const parsed = sharedEnvSchema.safeParse(source);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  return { ok: true, value: { redisUrl: parsed.data.REDIS_URL ?? null, redisPrefix: parsed.data.INBOX_REDIS_PREFIX } };
}
