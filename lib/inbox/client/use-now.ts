"use client";

import { useMemo, useSyncExternalStore } from "react";

// "Now" for relative times, ticking each minute. Null on the server and during
// hydration, so server HTML (another clock, another time zone) never disagrees
// with the browser's: times appear right after hydration.

const TICK_MS = 60_000;
let now = 0;

function subscribe(listener: () => void) {
  const id = window.setInterval(() => {
    now = Date.now();
    listener();
  }, TICK_MS);
  return () => window.clearInterval(id);
}

function snapshot(): number {
  // Refreshed at most once a minute, so a render loop cannot see a new value each call.
  if (now === 0 || Date.now() - now > TICK_MS) now = Date.now();
  return now;
}

export function useNow(): Date | null {
  const value = useSyncExternalStore(subscribe, snapshot, () => 0);
  // One Date per tick, not per render: rows compare it to skip re-rendering.
  return useMemo(() => (value === 0 ? null : new Date(value)), [value]);
}
