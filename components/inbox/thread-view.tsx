"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { threadQueryOptions } from "@/lib/inbox/queries";

// A first, plain thread: the contact's newest page. The full chat view replaces it.
export function ThreadView({ contactKey }: { contactKey: string }) {
  const { data, error, isPending, refetch } = useInfiniteQuery(threadQueryOptions(contactKey));
  if (isPending) return <p className="p-6 text-sm text-zinc-500">Loading messages…</p>;
  if (error) {
    return (
      <div role="alert" className="p-6">
        <p>{error.message}</p>
        <button type="button" onClick={() => void refetch()} className="mt-2 rounded bg-zinc-900 px-3 py-1 text-white">
          Retry
        </button>
      </div>
    );
  }
  const messages = data.pages.flatMap((p) => p.messages);
  const name = messages.find((m) => m.contactName)?.contactName ?? contactKey;
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-xl font-semibold">{name}</h1>
      {messages.length === 0 ? (
        <p className="mt-4 text-zinc-500">No messages for {contactKey}.</p>
      ) : (
        <ol className="mt-4 space-y-2">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-zinc-200 p-2 text-sm whitespace-pre-wrap break-words">
              <span className="mr-2 text-xs text-zinc-500">
                {m.direction} · {m.channel}
              </span>
              {m.text}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
