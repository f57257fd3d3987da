"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Button } from "./button";
import { THEME_STORAGE_KEY } from "./theme-script";

// Follows the system until the agent picks a side; the choice is kept in
// localStorage and applied as the `dark` class on <html> (see theme-script.tsx).

type Stored = "light" | "dark" | null;
const listeners = new Set<() => void>();

function readStored(): Stored {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

function systemDark(): boolean {
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function isDark(): boolean {
  const stored = readStored();
  return stored ? stored === "dark" : systemDark();
}

function subscribe(onChange: () => void) {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  // Another tab's choice, or the system's when no choice is stored.
  const sync = () => {
    document.documentElement.classList.toggle("dark", isDark());
    onChange();
  };
  listeners.add(onChange);
  media.addEventListener("change", sync);
  window.addEventListener("storage", sync);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener("change", sync);
    window.removeEventListener("storage", sync);
  };
}

export function ThemeToggle() {
  const t = useTranslations("common");
  const dark = useSyncExternalStore(subscribe, isDark, () => false);

  function toggle() {
    const next = !dark;
    try {
      // Back to "follow the system" when the choice matches it.
      if (next === systemDark()) localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
    } catch {
      // Private mode: the toggle still works for this page.
    }
    document.documentElement.classList.toggle("dark", next);
    for (const listener of listeners) listener();
  }

  return (
    <Button
      variant="ghost"
      size="icon"
      icon={dark ? "sun" : "moon"}
      onClick={toggle}
      aria-label={dark ? t("themeLight") : t("themeDark")}
      title={dark ? t("themeLight") : t("themeDark")}
    />
  );
}
