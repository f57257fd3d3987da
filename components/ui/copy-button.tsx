"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import type { IconName } from "./icon";

/** Copies text; falls back on a hidden textarea where the Clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

interface Props {
  /** The text to copy, or a function giving it at click time (for URLs built from location). */
  value: string | (() => string);
  /** Accessible name, e.g. "Copy phone number". */
  label: string;
  /** Shown after copying, e.g. "Link copied"; "Copied" in the agent's language by default. */
  copiedLabel?: string;
  /** Visible text beside the icon; without it the button is icon-only. */
  text?: string;
  icon?: IconName;
  /** Layout only (margins, showing on hover); the look is the ghost or secondary button's. */
  className?: string;
}

export function CopyButton({ value, label, copiedLabel, text, icon = "copy", className = "" }: Props) {
  const t = useTranslations("common");
  const copied = copiedLabel ?? t("copied");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function onClick() {
    const ok = await copyText(typeof value === "function" ? value() : value);
    setState(ok ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), 2000);
  }

  const feedback = state === "copied" ? copied : state === "failed" ? t("copyFailed") : "";
  return (
    <span className="relative inline-flex items-center">
      <Button
        variant={text ? "secondary" : "ghost"}
        size={text ? "sm" : "icon-sm"}
        icon={state === "copied" ? "check" : icon}
        onClick={() => void onClick()}
        aria-label={text ? undefined : label}
        title={label}
        className={className}
      >
        {text ? <span>{state === "copied" ? copied : text}</span> : null}
      </Button>
      <span
        role="status"
        aria-live="polite"
        className={
          text
            ? "sr-only"
            : "pointer-events-none absolute bottom-full left-1/2 z-10 mb-1 -translate-x-1/2 rounded bg-zinc-900 px-1.5 py-0.5 text-[11px] whitespace-nowrap text-white empty:hidden dark:bg-zinc-100 dark:text-zinc-900"
        }
      >
        {feedback}
      </span>
    </span>
  );
}
