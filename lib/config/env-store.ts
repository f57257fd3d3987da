import { z } from "zod";

// The durable store's settings (lib/db/): PostgreSQL when DATABASE_URL is set,
// otherwise PGlite embedded in INBOX_DATA_DIR. Its own schema so env.ts only wires it in.

export interface StoreConfig {
  /** PostgreSQL connection string; null: the embedded PGlite store. */
  databaseUrl: string | null;
  /** Where the embedded store keeps its files (ignored with DATABASE_URL). */
  dataDir: string;
}

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const storeEnvSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .regex(
        /^postgres(?:ql)?:\/\//,
        "DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/inbox (unset: the embedded store)",
      )
      .optional(),
  ),
  INBOX_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().trim().default("./data")),
});

export function toStoreConfig(raw: z.infer<typeof storeEnvSchema>): StoreConfig {
  return { databaseUrl: raw.DATABASE_URL ?? null, dataDir: raw.INBOX_DATA_DIR };
}

/** For the CLI and scripts, which need the store but not the whole app's configuration. */
export function readStoreConfig(source: Record<string, string | undefined> = process.env): StoreConfig {
  const parsed = storeEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return toStoreConfig(parsed.data);
}
