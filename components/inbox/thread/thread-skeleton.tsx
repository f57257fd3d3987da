import { useTranslations } from "next-intl";

// No "use client": loading.tsx renders it on the server (no client chunk for that
// entry); the thread's own pending state draws it in the browser.

const SKELETON = [
  { side: "start", w: "w-48" },
  { side: "start", w: "w-72" },
  { side: "end", w: "w-56" },
  { side: "start", w: "w-40" },
  { side: "end", w: "w-80" },
  { side: "end", w: "w-32" },
] as const;

export function ThreadSkeleton() {
  const t = useTranslations("thread.states");
  return (
    <div className="flex min-h-0 flex-1 flex-col" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="shrink-0 border-b border-zinc-200 bg-white px-6 py-4 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="h-5 w-48 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="mt-2 h-3 w-64 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/70" />
      </div>
      <div className="flex flex-1 flex-col justify-end gap-3 overflow-hidden bg-zinc-50 px-6 py-6 dark:bg-zinc-950">
        {SKELETON.map((row, i) => (
          <div key={i} className={`flex ${row.side === "end" ? "justify-end" : "justify-start"}`}>
            <div
              className={`h-10 max-w-[80%] animate-pulse rounded-2xl ${row.w} ${
                row.side === "end" ? "bg-indigo-100 dark:bg-indigo-950" : "bg-zinc-200 dark:bg-zinc-800"
              }`}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
