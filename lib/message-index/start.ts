import "server-only";
import { getEnv } from "@/lib/config/env";
import { getStore } from "@/lib/db/instance";
import { createOctopushClient } from "@/lib/octopush/client";
import { credentialScope } from "@/lib/shared-state/keys";
import { startIndexRunner, SYNC_LOCK_KEY, type IndexRunner } from "./runner";
import { createIndexSync } from "./sync";

// Starts the index sync in this process (instrumentation.ts), when the index is on.
// Every instance starts it; the lock lets one of them sync at a time.

const KEY = Symbol.for("octopush-inbox.index-runner");
type WithRunner = typeof globalThis & { [KEY]?: IndexRunner };

export async function startIndexSync(): Promise<IndexRunner | null> {
  const env = getEnv();
  const g = globalThis as WithRunner;
  if (g[KEY]) return g[KEY];
  if (!env.index.enabled) return null;
  if (env.octopush.listOrder !== "newest-first") {
    console.warn(
      "[index] OCTOPUSH_LIST_ORDER=oldest-first: the message index reads newest pages first and is off; the inbox lists and searches straight from Octopush.",
    );
    return null;
  }
  const store = await getStore();
  // Its own client: no cache (each pass must see new messages), one call at a time,
  // and no retries of its own (the runner backs off between passes).
  const client = createOctopushClient(env.octopush, { cacheTtlMs: 0, maxConcurrent: 1, retry: { maxAttempts: 1 } });
  const sync = createIndexSync({
    db: store.db,
    listMessages: (params) => client.listMessages(params),
    config: env.index,
    order: env.octopush.listOrder,
    defaultCountry: env.defaultCountry,
    accountHash: credentialScope(env.octopush.apiLogin, env.octopush.apiKey),
    backfillBudgetMs: Math.min(5_000, Math.max(500, env.index.intervalMs / 2)),
    log: (line) => console.warn(line),
  });
  g[KEY] = startIndexRunner({
    sync,
    tryLock: () => store.tryLock(SYNC_LOCK_KEY),
    intervalMs: env.index.intervalMs,
    log: (line) => console.info(line),
  });
  return g[KEY];
}

export async function stopIndexSync(): Promise<void> {
  const g = globalThis as WithRunner;
  const runner = g[KEY];
  g[KEY] = undefined;
  await runner?.stop();
}
