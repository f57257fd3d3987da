"use client";

// The right pane of /inbox failed to render; the list and search still work.
export default function InboxError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-1 flex-col items-center justify-center gap-3 p-8 text-center text-sm">
      <p className="font-medium text-zinc-900 dark:text-zinc-100">Something went wrong on this page.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-zinc-900 px-3 py-1.5 font-medium text-white hover:bg-zinc-700 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 focus-visible:outline-none dark:bg-zinc-100 dark:text-zinc-900"
      >
        Try again
      </button>
    </div>
  );
}
