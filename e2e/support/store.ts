import { rm } from "node:fs/promises";
import { addUser } from "../../lib/accounts/store";
import type { StoreConfig } from "../../lib/config/env-store";
import { openStore } from "../../lib/db/open";

// Accounts for an app instance a test starts itself, written straight into its
// store before the instance opens it (the main instances get theirs through the CLI).

export interface SeedAgent {
  email: string;
  name: string;
  password: string;
  role?: "agent" | "admin";
}

/** Adds `agents` to the store (an embedded one is made afresh first). */
export async function seedStore(config: StoreConfig, agents: SeedAgent[]): Promise<void> {
  if (!config.databaseUrl) await rm(config.dataDir, { recursive: true, force: true });
  const store = await openStore(config);
  try {
    await store.migrate();
    for (const agent of agents) await addUser(store.db, agent);
  } finally {
    await store.close();
  }
}
