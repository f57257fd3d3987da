import "server-only";
import { existsSync } from "node:fs";
import { getEnv } from "@/lib/config/env";
import { DatabaseUnavailableError, describeDriverError, StoreHeldError } from "@/lib/db/errors";
import { getStore } from "@/lib/db/instance";
import { installSessionAccountCheck } from "./session-status";
import { countUsers, importUsersFile } from "./store";

// Start-up of the store (instrumentation.ts): open it, apply migrations, move a
// former accounts file in once, and install the per-request account check. A
// store that cannot be opened stops the server with one line, as a bad env does.

export async function prepareStoreAtStartup(): Promise<void> {
  const env = getEnv();
  let store;
  try {
    store = await getStore();
  } catch (error) {
    const reason =
      error instanceof StoreHeldError || error instanceof DatabaseUnavailableError
        ? error.message
        : `The store cannot be opened or migrated (${describeDriverError(error)}).`;
    console.error(`Octopush Inbox cannot start. ${reason}`);
    process.exit(1);
  }
  console.log(
    `Octopush Inbox: accounts in ${store.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `the embedded store in ${env.store.dataDir}`}`,
  );
  await importFormerUsersFile(env.usersFile);
  installSessionAccountCheck();
}

/** INBOX_USERS_FILE from before the store, moved in once: only while the agents table is empty. */
async function importFormerUsersFile(file: string): Promise<void> {
  if (!existsSync(file)) return;
  try {
    const store = await getStore();
    if ((await countUsers(store.db)) > 0) return;
    const report = await importUsersFile(store.db, file);
    console.log(
      `Octopush Inbox: imported ${report.imported.length} account(s) from ${file} into the empty store; ` +
        "from now on manage them with `npm run users` (the file is no longer read).",
    );
  } catch (error) {
    console.warn(`Octopush Inbox: warning: ${file} was not imported (${describeDriverError(error)}).`);
  }
}
