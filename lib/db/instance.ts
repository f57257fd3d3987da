import "server-only";
import { getEnv } from "@/lib/config/env";
import { openStore, type Db, type Store } from "./open";

// The server's one store per process, opened and migrated at start-up
// (instrumentation.ts) and shared by proxy.ts and every route bundle: kept on
// globalThis because Next may load this module once per bundle.

const KEY = Symbol.for("octopush-inbox.store");
type Holder = { store?: Promise<Store> };
type WithHolder = typeof globalThis & { [KEY]?: Holder };

function holder(): Holder {
  const g = globalThis as WithHolder;
  g[KEY] ??= {};
  return g[KEY];
}

/** The open store; opened (and migrated) on first use if start-up has not done it. A failed open is retried next time. */
export function getStore(): Promise<Store> {
  const h = holder();
  h.store ??= (async () => {
    const store = await openStore(getEnv().store, {
      onPoolError: (line) => console.warn(`[db] a database connection broke: ${line}`),
    });
    try {
      await store.migrate();
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
    return store;
  })().catch((error: unknown) => {
    h.store = undefined;
    throw error;
  });
  return h.store;
}

export async function getDb(): Promise<Db> {
  return (await getStore()).db;
}

/** Closes the pool (or the embedded store and its lock). For shutdown; safe to call twice. */
export async function closeDb(): Promise<void> {
  const h = holder();
  const pending = h.store;
  h.store = undefined;
  const store = await pending?.catch(() => undefined);
  await store?.close();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** For /api/ready: whether the database answers `select 1` within a short time. */
export async function checkDatabase(timeoutMs = 2_000): Promise<"ok" | "down"> {
  try {
    await withTimeout(
      getStore().then((store) => store.ping()),
      timeoutMs,
    );
    return "ok";
  } catch {
    return "down";
  }
}
