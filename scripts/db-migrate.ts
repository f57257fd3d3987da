// `npm run db:migrate`: applies drizzle/'s pending migrations to the store
// (DATABASE_URL, else the embedded store in INBOX_DATA_DIR). The server also does
// this at start-up; this is for a deployment that migrates as its own step.
import { readStoreConfig } from "../lib/config/env-store";
import { describeDriverError } from "../lib/db/errors";
import { openStore } from "../lib/db/open";

async function main(): Promise<void> {
  const config = readStoreConfig();
  const store = await openStore(config);
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
  console.log(
    `Migrations applied to ${config.databaseUrl ? "the database at DATABASE_URL" : `the embedded store in ${config.dataDir}`}.`,
  );
}

main().catch((error: unknown) => {
  console.error(`error: ${describeDriverError(error)}`);
  process.exitCode = 1;
});
