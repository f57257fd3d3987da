import type { HTMLAttributes, ReactNode } from "react";
import { Icon, type IconName } from "./icon";

// Every notice of the app: a warning, an error, a progress line. The role is
// the caller's choice (alert, status, or none when a parent announces it).

type Tone = "info" | "warning" | "danger";
type Layout = "box" | "banner" | "inline";

const SURFACES: Record<Tone, string> = {
  info: "border-indigo-200 bg-indigo-50 text-indigo-900 dark:border-indigo-900 dark:bg-indigo-950 dark:text-indigo-100",
  warning: "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100",
  danger: "border-red-200 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200",
};

const TEXTS: Record<Tone, string> = {
  info: "text-indigo-700 dark:text-indigo-300",
  warning: "text-amber-800 dark:text-amber-300",
  danger: "text-red-700 dark:text-red-300",
};

const LAYOUTS: Record<Layout, string> = {
  /** A card in a form or a list. */
  box: "items-start gap-2 rounded-lg border px-3 py-2.5 text-sm",
  /** Full width under a header. */
  banner: "shrink-0 items-center gap-3 border-b px-4 py-2 text-sm sm:px-6",
  /** Coloured text in a line with other content; padding and size come from the place. */
  inline: "items-center gap-2",
};

interface Props extends Omit<HTMLAttributes<HTMLElement>, "title"> {
  tone?: Tone;
  layout?: Layout;
  icon?: IconName;
  /** A first line in bold; the children go below it, then the action. */
  title?: ReactNode;
  action?: ReactNode;
  as?: "div" | "aside" | "p" | "span";
}

export function Alert({
  tone = "info",
  layout = "box",
  icon,
  title,
  action,
  as: Tag = "div",
  className = "",
  children,
  ...props
}: Props) {
  const colours = layout === "inline" ? TEXTS[tone] : SURFACES[tone];
  return (
    <Tag className={`flex ${LAYOUTS[layout]} ${colours} ${className}`} {...props}>
      {icon ? <Icon name={icon} className="mt-0.5 size-4 shrink-0 self-start" /> : null}
      {title ? (
        <div className="min-w-0 flex-1">
          <p className="font-medium">{title}</p>
          <div className="mt-1">{children}</div>
          {action ? <div className="mt-2">{action}</div> : null}
        </div>
      ) : (
        <>
          {children}
          {action}
        </>
      )}
    </Tag>
  );
}
