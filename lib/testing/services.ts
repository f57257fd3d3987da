import { randomBytes } from "node:crypto";

// Where the store and shared-state suites find PostgreSQL and Redis. .ci/run exports
// these two variables (after starting the servers where they were not running); a
// local run without them uses the same addresses, where the project's machines run both.

/** An admin connection (user postgres, trust auth) from which a test creates and drops its own database. */
export const TEST_PG_URL = process.env.INBOX_TEST_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres";
/** The shared Redis: a test keeps to its own key prefix and never flushes. */
export const TEST_REDIS_URL = process.env.INBOX_TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** A name no other run uses, for a database (`inbox_store_3f9a1c2b`) or a key prefix. */
export function uniqueTestName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

/** TEST_PG_URL pointed at another database on the same server. */
export function testDatabaseUrl(database: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
