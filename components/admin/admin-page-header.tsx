import type { ReactNode } from "react";

/** The title, introduction and actions (links, downloads) at the top of an admin page. */
export function AdminPageHeader({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{title}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{intro}</p>
      </div>
      <div className="flex gap-2">{children}</div>
    </div>
  );
}
