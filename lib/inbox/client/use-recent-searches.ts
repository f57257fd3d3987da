"use client";

import { useCallback, useSyncExternalStore } from "react";
import {
  NO_RECENT_SEARCHES,
  RECENT_SEARCHES_KEY,
  addRecentSearch,
  readRecentSearches,
  removeRecentSearch,
  writeRecentSearches,
  type RecentSearch,
} from "@/lib/inbox/recent-searches";

// localStorage as an external store: every search box (and other tabs, through
// the "storage" event) sees the same list. Empty on the server.

const listeners = new Set<() => void>();
const EMPTY: RecentSearch[] = NO_RECENT_SEARCHES.list;
let cache = NO_RECENT_SEARCHES;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function snapshot(): RecentSearch[] {
  cache = readRecentSearches(storage(), cache);
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
