import type { InputHTMLAttributes, LabelHTMLAttributes, ReactNode, Ref } from "react";

// Text fields. `Input` stands alone (a form field); `InputFrame` draws the field
// around a bare `Input` and its neighbours (an icon, a shortcut, a toggle).

const FIELD =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2.5 text-sm text-zinc-900 shadow-xs outline-none transition placeholder:text-zinc-400 focus:border-indigo-500 focus:ring-4 focus:ring-indigo-500/15 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:placeholder:text-zinc-500 dark:focus:border-indigo-400 dark:focus:ring-indigo-400/20";

const BARE =
  "min-w-0 flex-1 bg-transparent text-sm text-zinc-900 placeholder:text-zinc-400 focus:outline-none dark:text-zinc-100 dark:placeholder:text-zinc-500";

export function Input({
  bare = false,
  className = "",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement>; bare?: boolean }) {
  return <input className={`${bare ? BARE : FIELD} ${className}`} {...props} />;
}

export function InputFrame({ invalid = false, children }: { invalid?: boolean; children: ReactNode }) {
  return (
    <div
      className={`flex h-9 items-center gap-2 rounded-lg border bg-zinc-50 pr-1 pl-2.5 transition focus-within:bg-white focus-within:ring-4 dark:bg-zinc-900 dark:focus-within:bg-zinc-900 ${
        invalid
          ? "border-red-400 focus-within:ring-red-500/20 dark:border-red-500"
          : "border-zinc-200 focus-within:border-indigo-400 focus-within:ring-indigo-500/15 dark:border-zinc-700 dark:focus-within:border-indigo-500"
      }`}
    >
      {children}
    </div>
  );
}

export function Label({
  srOnly = false,
  className = "",
  ...props
}: LabelHTMLAttributes<HTMLLabelElement> & { srOnly?: boolean }) {
  return (
    <label
      className={srOnly ? "sr-only" : `block text-sm font-medium text-zinc-800 dark:text-zinc-200 ${className}`}
      {...props}
    />
  );
}
