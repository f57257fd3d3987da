"use client";

import { useTranslations } from "next-intl";
import { createContext, use } from "react";
import { Button } from "@/components/ui/button";

// A message's "Share from here": opens the header's Share dialog starting at that
// message. Given by ThreadView; absent (nothing rendered) on a shared page.

export const ShareFromContext = createContext<((messageId: string) => void) | null>(null);

export function ShareFromHere({ messageId, className = "" }: { messageId: string; className?: string }) {
  const shareFrom = use(ShareFromContext);
  const t = useTranslations("share");
  if (!shareFrom) return null;
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon-sm"
      icon="share"
      aria-label={t("shareFromHere")}
      title={t("shareFromHere")}
      className={className}
      onClick={() => shareFrom(messageId)}
    />
  );
}
