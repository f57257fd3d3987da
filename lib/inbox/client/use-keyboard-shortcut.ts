"use client";

import { useEffect } from "react";
import { useLatest } from "./use-latest";

/** True when a key press belongs to a field the person is typing in. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(type);
}

/**
 * A document-wide key handler for single-key shortcuts (`/`, `j`, `k`, Esc):
 * ignored while typing in a field, with a modifier held, or when another
 * handler already took the event.
 */
export function useKeyboardShortcut(handler: (event: KeyboardEvent) => void) {
  const handlerRef = useLatest(handler);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      handlerRef.current(event);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [handlerRef]);
}
