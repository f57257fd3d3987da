"use client";

import { useSyncExternalStore } from "react";

/**
 * A module fetched with import() once the page runs, kept for the page's lifetime.
 * Until it arrives (and on the server, and during hydration) the hook returns null,
 * so the caller draws a plain version that matches the server's HTML. The download
 * starts with the first component that subscribes (`useModule()`), or, with
 * `useModule({ eager: false })`, when `load()` is called (on first focus, say). A
 * failed download is tried again by the next one, and meanwhile the plain version
 * stays: nothing breaks.
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

  function listen(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function subscribe(listener: () => void) {
    const unsubscribe = listen(listener);
    start();
    return unsubscribe;
  }

  return {
    subscribe,
    listen,
    /** Starts the download if it has not started (or has failed). */
    load: start,
    get: (): T | null => value,
    /** The module once loaded; null on the server, during hydration and until it arrives. */
    useModule({ eager = true }: { eager?: boolean } = {}): T | null {
      return useSyncExternalStore(
        eager ? subscribe : listen,
        () => value,
        () => null,
      );
    },
  };
}
