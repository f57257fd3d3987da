import type { SQL } from "drizzle-orm";
import type { Db } from "./open";

/** The rows of a raw SQL query: both drivers (pg and PGlite) answer `{ rows }`. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
