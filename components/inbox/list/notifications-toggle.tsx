"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { NotificationState } from "@/lib/inbox/client/use-desktop-notifications";

// Desktop notifications on or off: off until the agent turns them on and the browser allows them.
export function NotificationsToggle({ state, onToggle }: { state: NotificationState; onToggle: () => void }) {
  const t = useTranslations("list.notifications");
  if (state === "unsupported") return null;
  const on = state === "on";
  return (
    <Button
      variant="ghost"
      size="icon"
      icon="bell"
      aria-pressed={on}
      aria-label={t("label")}
      title={state === "denied" ? t("denied") : on ? t("on") : t("off")}
      onClick={onToggle}
      disabled={state === "denied"}
      className={on ? "text-indigo-600 dark:text-indigo-300" : ""}
      data-testid="notifications-toggle"
    />
  );
}
