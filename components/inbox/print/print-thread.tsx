"use client";

import { useMemo } from "react";
import { ThreadRowView } from "@/components/inbox/thread/thread-frame";
import { threadRows } from "@/lib/inbox/thread-rows";
import type { InboxMessage } from "@/lib/inbox/types";

// The print view's messages, oldest first, with the thread's own bubbles and day
// separators (the bubbles show the time only). A client component because the
// bubble's copy-link button takes a function (the browser's origin).
export function PrintThread({ messages, contactKey }: { messages: InboxMessage[]; contactKey: string }) {
  const rows = useMemo(() => threadRows(messages), [messages]);
  return (
    <div data-testid="print-thread" className="space-y-1">
      {rows.map((row) => (
        <ThreadRowView key={row.key} row={row} contactKey={contactKey} targetId={undefined} />
      ))}
    </div>
  );
}
