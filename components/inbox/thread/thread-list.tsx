"use client";

import { useDeferredValue } from "react";
import { PlainThread } from "@/components/inbox/thread/plain-thread";
import type { ThreadListProps } from "@/components/inbox/thread/virtual-thread";
import { createDeferredModule } from "@/lib/inbox/client/deferred-module";

// TanStack Virtual (~10 kB gzipped) is not in the first load: its chunk is fetched
// as soon as the page has hydrated (docs/decisions/deferred-virtualizer.md).
const virtualThread = createDeferredModule(() => import("@/components/inbox/thread/virtual-thread"));

/** The messages of a conversation: in normal flow until the virtualizer has arrived, then virtualized. */
export function ThreadList(props: ThreadListProps) {
  // The swap is rendered as a transition (time-sliced, yielding to input) rather than in one
  // task when the chunk arrives; meanwhile the memoised plain thread stays as it is.
  const loaded = useDeferredValue(virtualThread.useModule());
  if (!loaded)
    return (
      <PlainThread
        contactKey={props.contactKey}
        label={props.label}
        messages={props.messages}
        targetId={props.target?.id}
      />
    );
  return <loaded.VirtualThread {...props} />;
}
