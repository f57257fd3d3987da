"use client";

import { ThreadError } from "@/components/inbox/thread/thread-states";

// An unexpected failure while rendering the conversation (upstream errors are shown by the thread itself).
export default function ConversationError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ThreadError message="Something went wrong while showing this conversation." onRetry={reset} retrying={false} />
  );
}
