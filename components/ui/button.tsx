import type { ButtonHTMLAttributes } from "react";
import { Icon, type IconName } from "./icon";
import { Spinner } from "./spinner";

// Every button of the app. Looks are props (variant, size), never classes passed
// in that fight the ones here: `className` is for layout (width, margins, position).

type Variant = "primary" | "secondary" | "ghost" | "danger";
type Size = "sm" | "md" | "lg" | "pill" | "icon" | "icon-sm" | "item";

const VARIANTS: Record<Variant, string> = {
  primary:
    "bg-indigo-600 text-white shadow-sm hover:bg-indigo-700 dark:bg-indigo-500 dark:text-white dark:hover:bg-indigo-400",
  secondary:
    "bg-white text-zinc-800 shadow-sm ring-1 ring-inset ring-zinc-300 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800",
  ghost:
    "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white",
  /** An action beside an error (Retry, Try again): red, but not a destructive red block. */
  danger:
    "bg-white text-red-800 shadow-sm ring-1 ring-inset ring-red-200 hover:bg-red-50 dark:bg-red-950/40 dark:text-red-100 dark:ring-red-800 dark:hover:bg-red-950",
};

const SIZES: Record<Size, string> = {
  sm: "h-7 justify-center gap-1 rounded-md px-2 text-xs font-medium",
  md: "h-9 justify-center gap-1.5 rounded-md px-3 text-sm font-medium",
  /** The main action of a form (sign-in). */
  lg: "h-10 justify-center gap-2 rounded-lg px-4 text-sm font-semibold",
  /** Floating over content, e.g. "3 new messages". */
  pill: "h-8 justify-center gap-1.5 rounded-full px-3.5 text-sm font-medium",
  /** Square, for an icon alone: give it an aria-label. */
  icon: "size-8 justify-center rounded-md",
  "icon-sm": "size-6 justify-center rounded",
  /** A full-width row of a menu or a dropdown panel, content from the start. */
  item: "w-full justify-start gap-2 px-3 py-2.5 text-left text-sm",
};

export const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400";

export function buttonClasses(variant: Variant = "secondary", size: Size = "md", extra = ""): string {
  return `inline-flex shrink-0 items-center transition-colors disabled:cursor-not-allowed disabled:opacity-60 aria-busy:cursor-wait ${focusRing} ${VARIANTS[variant]} ${SIZES[size]} ${extra}`;
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
  /** An icon before the text (replaced by the spinner while loading). */
  icon?: IconName;
  /** Working: a spinner inside, aria-busy, and no second click. The caller says what is happening in the text. */
  loading?: boolean;
}

export function Button({
  variant = "secondary",
  size = "md",
  className = "",
  type = "button",
  icon,
  loading = false,
  disabled,
  children,
  ...props
}: ButtonProps) {
  const iconSize = size === "sm" || size === "icon-sm" ? "size-3.5" : "size-4";
  return (
    <button
      type={type}
      className={buttonClasses(variant, size, className)}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading ? <Spinner className={iconSize} /> : icon ? <Icon name={icon} className={iconSize} /> : null}
      {children}
    </button>
  );
}
