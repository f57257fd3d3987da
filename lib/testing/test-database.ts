import { randomBytes } from "node:crypto";
import pg from "pg";

// A PostgreSQL database of its own for one test file (or one e2e test), created
// on the server that runs on these machines and dropped afterwards, so runs never
// see each other's data. TEST_POSTGRES_URL names another server.

export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PREFIX = "inbox_store_";

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Whether the test PostgreSQL answers; tests against it are skipped, with a message, when it does not. */
export async function postgresReachable(): Promise<boolean> {
  try {
    await admin((c) => c.query("select 1"));
    return true;
  } catch {
    return false;
  }
}

/** `prefix`: each test suite's own (they may run beside each other on one server). */
export async function createTestDatabase(prefix = PREFIX): Promise<TestDatabase> {
  if (!/^[a-z_]+$/.test(prefix)) throw new Error("a test database prefix is lowercase letters and _");
  const name = `${prefix}${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // Only ever a database this helper created (the prefix and random name say so).
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
