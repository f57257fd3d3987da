import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreConfig } from "@/lib/config/env-store";
import { createTestDatabase, postgresReachable, type TestDatabase } from "./test-database";

// The two stores a store suite runs against, with the same tests: embedded PGlite
// in a temporary folder, and a PostgreSQL database made for this run (skipped,
// saying so, when PostgreSQL does not answer).

export interface StoreTarget {
  name: string;
  skip: boolean;
  setUp(): Promise<StoreConfig>;
  tearDown(): Promise<void>;
}

/** `suite` names the temporary folder and the database (`inbox_<suite>_…`). */
export async function storeTargets(suite: string): Promise<StoreTarget[]> {
  const pgUp = await postgresReachable();
  if (!pgUp) console.warn(`PostgreSQL is unreachable: the ${suite} tests against it are skipped.`);
  let dir = "";
  let database: TestDatabase | undefined;
  return [
    {
      name: "PGlite",
      skip: false,
      async setUp() {
        dir = await mkdtemp(join(tmpdir(), `${suite}-store-`));
        return { databaseUrl: null, dataDir: join(dir, "data") };
      },
      tearDown: () => rm(dir, { recursive: true, force: true }),
    },
    {
      name: "PostgreSQL",
      skip: !pgUp,
      async setUp() {
        database = await createTestDatabase(`inbox_${suite}_`);
        return { databaseUrl: database.url, dataDir: "unused" };
      },
      tearDown: async () => database?.drop(),
    },
  ];
}
