"use client";

import { MessageBubble } from "@/components/inbox/thread/message-bubble";
import type { InboxMessage } from "@/lib/inbox/types";

// The print view's messages, oldest first, with the thread's own bubbles. A client
// component because the bubble's copy-link button takes a function (the browser's origin).
export function PrintThread({ messages, contactKey }: { messages: InboxMessage[]; contactKey: string }) {
  return (
    <div data-testid="print-thread" className="space-y-1">
      {messages.map((message) => (
        <MessageBubble key={message.id} message={message} contactKey={contactKey} />
      ))}
    </div>
  );
}
