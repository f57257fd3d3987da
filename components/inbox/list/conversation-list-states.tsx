import { Icon } from "@/components/ui/icon";

// The inbox list's other states: loading, failed, empty, and its last row.

export function ConversationListSkeleton() {
  return (
    <div role="status" aria-label="Loading conversations" className="animate-pulse">
      {Array.from({ length: 7 }, (_, i) => (
        <div key={i} className="flex gap-3 border-b border-zinc-100 px-3 py-3 dark:border-zinc-800/70">
          <span className="size-9 shrink-0 rounded-full bg-zinc-200 dark:bg-zinc-800" />
          <span className="flex flex-1 flex-col gap-2 pt-0.5">
            <span className="h-3 w-2/5 rounded bg-zinc-200 dark:bg-zinc-800" />
            <span className="h-2.5 w-4/5 rounded bg-zinc-100 dark:bg-zinc-800/70" />
            <span className="h-2.5 w-1/4 rounded bg-zinc-100 dark:bg-zinc-800/70" />
          </span>
        </div>
      ))}
    </div>
  );
}

export function ConversationListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="m-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200"
    >
      <p className="flex gap-2 font-medium">
        <Icon name="alert" className="mt-0.5 size-4 shrink-0" />
        The conversations could not be loaded.
      </p>
      <p className="mt-1 pl-6 text-red-700 dark:text-red-300">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 ml-6 inline-flex items-center gap-1.5 rounded-md bg-white px-2.5 py-1 text-sm font-medium text-red-800 ring-1 ring-red-200 hover:bg-red-100 focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:outline-none dark:bg-red-900/40 dark:text-red-100 dark:ring-red-800"
      >
        <Icon name="refresh" className="size-3.5" />
        Try again
      </button>
    </div>
  );
}

export function ConversationListEmpty() {
  return (
    <div className="px-6 py-10 text-center text-sm text-zinc-500 dark:text-zinc-400">
      <Icon name="chat" className="mx-auto mb-2 size-6 text-zinc-300 dark:text-zinc-600" />
      <p className="font-medium text-zinc-700 dark:text-zinc-200">No conversations yet</p>
      <p className="mt-1">Messages sent or received through Octopush will appear here.</p>
    </div>
  );
}

export function ConversationListMore({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  if (failed) {
    return (
      <div className="flex items-center justify-between gap-2 px-4 py-3 text-sm text-red-700 dark:text-red-300">
        <span>Older conversations could not be loaded.</span>
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md px-2 py-1 font-medium ring-1 ring-red-200 hover:bg-red-50 focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:outline-none dark:ring-red-800 dark:hover:bg-red-950"
        >
          Retry
        </button>
      </div>
    );
  }
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-2 px-4 py-4 text-xs text-zinc-500 dark:text-zinc-400"
    >
      <span
        className="size-3.5 animate-spin rounded-full border-2 border-zinc-300 border-t-indigo-500"
        aria-hidden="true"
      />
      Loading older conversations…
    </div>
  );
}
