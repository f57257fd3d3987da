import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClasses } from "./button";
import { Icon, type IconName } from "./icon";
import { Spinner } from "./spinner";

// The centred panel of a pane with nothing to show: not found, failed, wrong link, loading.

const TONES = {
  neutral: "bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400",
  danger: "bg-red-50 text-red-600 dark:bg-red-950 dark:text-red-400",
} as const;

export function StatePanel({
  icon,
  tone = "neutral",
  title,
  heading: Heading = "h1",
  children,
  action,
  role,
}: {
  icon?: IconName;
  tone?: keyof typeof TONES;
  title: ReactNode;
  /** h2 where the page already has its h1 (the /inbox list). */
  heading?: "h1" | "h2";
  children?: ReactNode;
  action: ReactNode;
  role?: "alert";
}) {
  return (
    <div className="flex flex-1 items-center justify-center p-6">
      <div role={role} className="max-w-md text-center">
        {icon && (
          <div className={`mx-auto mb-4 flex size-12 items-center justify-center rounded-full ${TONES[tone]}`}>
            <Icon name={icon} className="size-5" />
          </div>
        )}
        <Heading className="text-lg font-semibold text-zinc-900 dark:text-white">{title}</Heading>
        {children ? <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{children}</p> : null}
        <div className="mt-5">{action}</div>
      </div>
    </div>
  );
}

/** A pane whose content is on its way. */
export function LoadingPanel({ label }: { label?: string }) {
  const t = useTranslations("common");
  return (
    <div
      role="status"
      className="flex flex-1 items-center justify-center gap-2 p-6 text-sm text-zinc-500 dark:text-zinc-400"
    >
      <Spinner className="size-4 text-indigo-500" />
      {label ?? t("loading")}
    </div>
  );
}

/**
 * "Back to search" as a plain link, for pages outside the inbox layout (the root
 * not-found and forbidden pages): their client chunks load on every page, and
 * next/link there would ship a second copy of Link. The inbox's own JS loads with
 * /inbox anyway. Inside the inbox: BackToSearchLink (back-to-search-link.tsx).
 */
export function BackToSearchAnchor() {
  const t = useTranslations("common");
  return (
    <a href="/inbox" className={buttonClasses("primary", "md")}>
      <Icon name="arrowLeft" />
      {t("backToSearch")}
    </a>
  );
}
