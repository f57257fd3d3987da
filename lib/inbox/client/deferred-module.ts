"use client";

import { useSyncExternalStore } from "react";

/**
 * A module fetched with import() once the page runs, kept for the page's lifetime.
 * Until it arrives (and on the server, and during hydration) the hook returns null,
 * so the caller draws a plain version that matches the server's HTML; the first
 * component that subscribes starts the download. A failed download is tried again
 * by the next subscriber, and meanwhile the plain version stays: nothing breaks.
 */
export function createDeferredModule<T>(load: () => Promise<T>) {
  let value: T | null = null;
  let loading = false;
  const listeners = new Set<() => void>();

  function start() {
    if (value !== null || loading) return;
    loading = true;
    load().then(
      (loaded) => {
        value = loaded;
        loading = false;
        for (const listener of [...listeners]) listener();
      },
      () => {
        loading = false;
      },
    );
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    start();
    return () => listeners.delete(listener);
  }

  return {
    subscribe,
    get: (): T | null => value,
    /** The module once loaded; null on the server, during hydration and until it arrives. */
    useModule(): T | null {
      return useSyncExternalStore(
        subscribe,
        () => value,
        () => null,
      );
    },
  };
}
