"use client";

import { useCallback, useSyncExternalStore } from "react";
import {
  RECENT_SEARCHES_KEY,
  addRecentSearch,
  parseRecentSearches,
  removeRecentSearch,
  writeRecentSearches,
  type RecentSearch,
} from "@/lib/inbox/recent-searches";

// localStorage as an external store: every search box (and other tabs, through
// the "storage" event) sees the same list. Empty on the server.

const listeners = new Set<() => void>();
const EMPTY: RecentSearch[] = [];
let cache: { raw: string | null; list: RecentSearch[] } = { raw: null, list: EMPTY };

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function snapshot(): RecentSearch[] {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(RECENT_SEARCHES_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw !== cache.raw) cache = { raw, list: parseRecentSearches(raw) };
  return cache.list;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === RECENT_SEARCHES_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function update(change: (list: RecentSearch[]) => RecentSearch[]) {
  writeRecentSearches(storage(), change(snapshot()));
  for (const listener of listeners) listener();
}

export function useRecentSearches() {
  const searches = useSyncExternalStore(subscribe, snapshot, () => EMPTY);
  const remember = useCallback((entry: RecentSearch) => update((list) => addRecentSearch(list, entry)), []);
  const forget = useCallback((value: string) => update((list) => removeRecentSearch(list, value)), []);
  return { searches, remember, forget };
}
