"use client";

import { useCallback, useSyncExternalStore } from "react";

// Desktop notifications for new inbound messages: off by default, on only after the agent
// turns them on here and the browser allows them; the choice stays in localStorage.

const STORAGE_KEY = "octopush-inbox:notifications";

export type NotificationState = "unsupported" | "off" | "on" | "denied";

function currentState(): NotificationState {
  if (typeof window === "undefined" || !("Notification" in window)) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): notifications stay off.
  }
  return stored === "on" && Notification.permission === "granted" ? "on" : "off";
}

const listeners = new Set<() => void>();
function changed() {
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function useDesktopNotifications() {
  // "off" on the server and while hydrating; then what the browser and localStorage say.
  const state = useSyncExternalStore(subscribe, currentState, () => "off" as const);

  const toggle = useCallback(async () => {
    if (!("Notification" in window)) return;
    const turnOn = currentState() !== "on";
    if (turnOn && Notification.permission !== "granted") await Notification.requestPermission();
    try {
      if (turnOn && Notification.permission === "granted") localStorage.setItem(STORAGE_KEY, "on");
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not remembered; the state below still says what happened.
    }
    changed();
  }, []);

  /** Shows one notification if they are on; `title` and `body` name the contact, never a message's text. */
  const notify = useCallback((title: string, body: string, tag: string) => {
    if (currentState() !== "on") return;
    try {
      new Notification(title, { body, tag });
    } catch {
      // Some browsers only notify from a service worker: nothing to do then.
    }
  }, []);

  return { state, toggle, notify };
}
