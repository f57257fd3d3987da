import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { StoreConfig } from "@/lib/config/env-store";
import { lockDataDir } from "./data-dir-lock";
import { DatabaseUnavailableError, describeDriverError } from "./errors";
import { schema, type Schema } from "./schema";

// Opens the durable store: PostgreSQL through a `pg` pool when DATABASE_URL is set,
// otherwise PGlite in INBOX_DATA_DIR. No "server-only" guard: the `npm run users`
// and `npm run db:migrate` CLIs and Vitest open it too. The server keeps one per
// process (lib/db/instance.ts).

export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Store {
  db: Db;
  kind: "postgres" | "pglite";
  /** `select 1`; rejects when the database does not answer. */
  ping(): Promise<void>;
  /** Applies pending migrations from drizzle/, once even when several instances start together. */
  migrate(): Promise<void>;
  /**
   * Takes a lock that one process at a time may hold (the index sync's leadership), or
   * null when another holds it. PostgreSQL: a session advisory lock on a connection of
   * its own, freed by the server as soon as the holder's connection dies. PGlite: one
   * process holds the folder, so the lock is only ever taken once within it.
   */
  tryLock(key: string): Promise<HeldLock | null>;
  close(): Promise<void>;
}

export interface HeldLock {
  /** False once the lock's connection is gone (the lock with it). */
  alive(): Promise<boolean>;
  release(): Promise<void>;
}

/** In-memory PGlite, for tests. */
export const MEMORY_DATA_DIR = "memory://";
export const DEFAULT_MIGRATIONS_FOLDER = join(process.cwd(), "drizzle");
/** Any constant works, as long as every instance of the inbox uses the same one. */
const MIGRATION_LOCK_KEY = "8231964721";
/** Short on purpose: a database that does not answer should fail a request, not hang it. */
const CONNECT_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MS = 10_000;

export interface OpenOptions {
  migrationsFolder?: string;
  /** Called with one line when an idle PostgreSQL connection breaks (the pool replaces it). */
  onPoolError?: (line: string) => void;
}

export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, migrationsFolder, options)
    : openPglite(config.dataDir, migrationsFolder);
}

async function openPostgres(url: string, migrationsFolder: string, options: OpenOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, a connection lost while idle (database restarted) would crash the process.
  pool.on("error", (error) => options.onPoolError?.(describeDriverError(error)));
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const store: Store = {
    db,
    kind: "postgres",
    async ping() {
      await pool.query("select 1");
    },
    async migrate() {
      // A session-level advisory lock on one connection: a second instance waits here,
      // then finds every migration applied and does nothing.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        try {
          await migratePg(drizzlePg({ client, schema }), { migrationsFolder });
        } finally {
          await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    async tryLock(key) {
      const client = await pool.connect();
      let held = false;
      try {
        const result = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [key]);
        held = result.rows[0]?.ok === true;
      } finally {
        if (!held) client.release();
      }
      if (!held) return null;
      let broken = false;
      // A lost connection errors here rather than crashing the process; the lock is gone with it.
      client.on("error", () => {
        broken = true;
      });
      return {
        async alive() {
          if (broken) return false;
          try {
            await client.query("select 1");
            return true;
          } catch {
            broken = true;
            return false;
          }
        },
        async release() {
          try {
            if (!broken) await client.query("select pg_advisory_unlock($1)", [key]);
          } catch {
            broken = true;
          } finally {
            client.release(broken);
          }
        },
      };
    },
    close: () => pool.end(),
  };
  try {
    await store.ping();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(`The database at DATABASE_URL does not answer (${describeDriverError(error)}).`);
  }
  return store;
}

async function openPglite(dataDir: string, migrationsFolder: string): Promise<Store> {
  const memory = dataDir === MEMORY_DATA_DIR;
  const release = memory ? () => undefined : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = memory ? new PGlite() : new PGlite(dataDir);
    await client.waitReady;
  } catch (error) {
    release();
    throw new DatabaseUnavailableError(
      `The embedded store in ${dataDir} cannot be opened (${describeDriverError(error)}).`,
    );
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const locks = new Set<string>();
  return {
    db,
    kind: "pglite",
    async ping() {
      await client.query("select 1");
    },
    async migrate() {
      // One process holds the folder (the pid file above), so no lock is needed here.
      await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
    },
    async tryLock(key) {
      if (locks.has(key)) return null;
      locks.add(key);
      return {
        alive: async () => locks.has(key),
        release: async () => {
          locks.delete(key);
        },
      };
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
