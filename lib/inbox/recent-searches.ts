import type { Identifier, IdentifierKind } from "./identifier-kinds";

// The agent's last searches, kept in this browser only (localStorage), newest
// first, de-duplicated by canonical value and bounded. What is stored is read
// back defensively: another version of the app, or a person, may have written it.

export const RECENT_SEARCHES_KEY = "octopush-inbox:recent-searches";
export const MAX_RECENT_SEARCHES = 8;

export type RecentSearch = Identifier;

const KINDS: ReadonlySet<IdentifierKind> = new Set(["phone", "email", "facebook", "conversation"]);

function isRecentSearch(value: unknown): value is RecentSearch {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === "string" &&
    KINDS.has(v.kind as IdentifierKind) &&
    typeof v.value === "string" &&
    v.value.length > 0 &&
    v.value.length <= 254 &&
    typeof v.display === "string" &&
    v.display.length <= 254
  );
}

/** The list with `entry` first, without an older copy of it, at most `max` long. */
export function addRecentSearch(
  list: readonly RecentSearch[],
  entry: RecentSearch,
  max = MAX_RECENT_SEARCHES,
): RecentSearch[] {
  const clean: RecentSearch = { kind: entry.kind, value: entry.value, display: entry.display };
  return [clean, ...list.filter((s) => s.value !== entry.value)].slice(0, max);
}

export function removeRecentSearch(list: readonly RecentSearch[], value: string): RecentSearch[] {
  return list.filter((s) => s.value !== value);
}

/** Parses what was stored; anything unreadable is dropped, never thrown. */
export function parseRecentSearches(raw: string | null, max = MAX_RECENT_SEARCHES): RecentSearch[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const out: RecentSearch[] = [];
  for (const item of data) {
    if (!isRecentSearch(item) || out.some((s) => s.value === item.value)) continue;
    out.push({ kind: item.kind, value: item.value, display: item.display });
    if (out.length >= max) break;
  }
  return out;
}

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What was read last: the stored text and the list parsed from it. */
export interface RecentSearchesSnapshot {
  raw: string | null;
  list: RecentSearch[];
}

export const NO_RECENT_SEARCHES: RecentSearchesSnapshot = { raw: null, list: [] };

/**
 * The hook's read path (useSyncExternalStore's getSnapshot): the stored list,
 * parsed again only when the stored text changed, so `previous` comes back
 * as is (the same array) while nothing changed; React re-renders forever otherwise.
 */
export function readRecentSearches(
  storage: StorageLike | undefined,
  previous: RecentSearchesSnapshot,
): RecentSearchesSnapshot {
  let raw: string | null;
  try {
    raw = storage?.getItem(RECENT_SEARCHES_KEY) ?? null;
  } catch {
    raw = null; // Storage disabled (private mode, policy): searching still works.
  }
  return raw === previous.raw ? previous : { raw, list: parseRecentSearches(raw) };
}

export function writeRecentSearches(storage: StorageLike | undefined, list: readonly RecentSearch[]): void {
  try {
    if (list.length === 0) storage?.removeItem(RECENT_SEARCHES_KEY);
    else storage?.setItem(RECENT_SEARCHES_KEY, JSON.stringify(list.slice(0, MAX_RECENT_SEARCHES)));
  } catch {
    // Quota or disabled storage: forgetting a search is harmless.
  }
}
