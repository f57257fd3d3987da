import type { AccountVerdict } from "@/lib/auth/account-check";

// The account check's answers, kept in this process while nothing in it has changed
// an account. Only sound when no other process can change one: the embedded store
// (PGlite), whose folder one process holds (lib/db/data-dir-lock.ts), so every write
// to the agents table goes through lib/accounts here and calls accountsChanged().
// With PostgreSQL another instance or the CLI may write: session-status.ts does not
// use it there (docs/decisions/speed-against-the-floor.md, "Account check").
// Kept on globalThis: Next may load this module once per bundle (the proxy, each
// route, instrumentation), and a change made through one copy must reach them all.

/** More agents than any team has: past it the cache starts again rather than grow. */
const MAX_ENTRIES = 10_000;

interface Cache {
  generation: number;
  verdicts: Map<string, AccountVerdict>;
}

const KEY = Symbol.for("octopush-inbox.account-verdicts");
type WithCache = typeof globalThis & { [KEY]?: Cache };

function cache(): Cache {
  const g = globalThis as WithCache;
  g[KEY] ??= { generation: 0, verdicts: new Map() };
  return g[KEY];
}

/** Every write to an account (add, remove, disable, enable, rename, role) calls this. */
export function accountsChanged(): void {
  const c = cache();
  c.generation += 1;
  c.verdicts.clear();
}

/**
 * The kept verdict for this e-mail, else `load`'s, kept unless an account changed
 * while it was loading (that answer may predate the change). "unknown" (the
 * database did not answer) is never kept.
 */
export async function cachedVerdict(email: string, load: () => Promise<AccountVerdict>): Promise<AccountVerdict> {
  const c = cache();
  const kept = c.verdicts.get(email);
  if (kept) return kept;
  const generation = c.generation;
  const verdict = await load();
  if (verdict.kind !== "unknown" && c.generation === generation) {
    if (c.verdicts.size >= MAX_ENTRIES) c.verdicts.clear();
    c.verdicts.set(email, verdict);
  }
  return verdict;
}
