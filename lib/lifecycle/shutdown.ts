// What to close when the server stops: the store's pool, the Redis client. A module
// that opens one registers its closer here with onShutdown; the graceful shutdown
// (./graceful.ts) runs them after the last request in flight has finished.
// The registry lives on globalThis: Next bundles instrumentation.ts and the routes
// separately, so a module-level array would exist once per bundle.

export type Closer = () => void | Promise<void>;

interface Entry {
  name: string;
  close: Closer;
}

const REGISTRY = Symbol.for("octopush-inbox.lifecycle.closers");

function registry(): Entry[] {
  const g = globalThis as Record<symbol, Entry[] | undefined>;
  return (g[REGISTRY] ??= []);
}

/**
 * Registers a closer, named for the log (such as "database pool"). Closers run once,
 * last registered first, each bounded by the shutdown's time limit. Returns a function
 * that unregisters it (for a pool closed earlier by its owner).
 */
export function onShutdown(name: string, close: Closer): () => void {
  const entry = { name, close };
  registry().push(entry);
  return () => {
    const list = registry();
    const at = list.indexOf(entry);
    if (at >= 0) list.splice(at, 1);
  };
}

/**
 * Runs and forgets every registered closer, last registered first. A closer that throws or
 * outlasts `timeoutMs` is reported by name and does not stop the others. Returns the
 * names of those that failed.
 */
export async function runClosers(timeoutMs: number, warn: (line: string) => void = console.warn): Promise<string[]> {
  const entries = registry().splice(0).reverse();
  const failed: string[] = [];
  for (const entry of entries) {
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      Promise.resolve()
        .then(entry.close)
        .then(
          () => "ok" as const,
          () => "error" as const,
        ),
      new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    if (outcome !== "ok") {
      failed.push(entry.name);
      // The error itself may carry a connection string with a password: only the name is logged.
      warn(`Octopush Inbox: closing the ${entry.name} ${outcome === "timeout" ? "timed out" : "failed"}.`);
    }
  }
  return failed;
}
