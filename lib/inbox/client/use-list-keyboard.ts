"use client";

import { useRouter } from "next/navigation";
import type { RefObject } from "react";
import { useKeyboardShortcut } from "./use-keyboard-shortcut";

interface Options {
  /** The list's landmark; hidden (no offsetParent) on a phone while a conversation is open. */
  navRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** Brings a row that is not drawn into view; null while the rows are not virtualized (all drawn). */
  scrollToIndex: RefObject<((index: number) => void) | null>;
  count: number;
  /** The open conversation's row, -1 when it is not in the list. */
  activeIndex: number;
  /** A conversation is open. */
  hasActive: boolean;
}

/**
 * The list's keys: j/k (and arrows inside the list) move between rows, which are
 * links (Enter opens them); Esc goes back from the open conversation to its row.
 * Rows carry `data-row-index`.
 */
export function useListKeyboard({ navRef, scrollRef, scrollToIndex, count, activeIndex, hasActive }: Options) {
  const router = useRouter();

  function focusRow(index: number, attempt = 0) {
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (row) {
      row.focus();
      row.scrollIntoView({ block: "nearest" });
      return;
    }
    // Not rendered yet (virtualized): scroll to it, then look again on the next frames.
    if (attempt === 0) scrollToIndex.current?.(index);
    if (attempt < 10) requestAnimationFrame(() => focusRow(index, attempt + 1));
  }

  useKeyboardShortcut((event) => {
    const inList = navRef.current?.contains(document.activeElement) ?? false;
    const down = event.key === "j" || (event.key === "ArrowDown" && inList);
    const up = event.key === "k" || (event.key === "ArrowUp" && inList);
    if ((down || up) && count > 0) {
      // j/k are ignored while a hidden list (phone, conversation open) cannot show focus.
      if (!navRef.current?.offsetParent) return;
      event.preventDefault();
      const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[data-row-index]");
      const from = focused && inList ? Number(focused.dataset.rowIndex) : activeIndex;
      const next = from < 0 ? 0 : Math.max(0, Math.min(count - 1, from + (down ? 1 : -1)));
      focusRow(next);
    } else if (event.key === "Escape" && hasActive) {
      if (navRef.current?.offsetParent) {
        event.preventDefault();
        focusRow(activeIndex >= 0 ? activeIndex : 0);
      } else {
        router.push("/inbox");
      }
    }
  });
}
