"use client";

import { PlainThread } from "@/components/inbox/thread/plain-thread";
import type { ThreadListProps } from "@/components/inbox/thread/virtual-thread";
import { createDeferredModule } from "@/lib/inbox/client/deferred-module";

// TanStack Virtual (~10 kB gzipped) is not in the first load: its chunk is fetched
// as soon as the page has hydrated (docs/decisions/deferred-virtualizer.md).
const virtualThread = createDeferredModule(() => import("@/components/inbox/thread/virtual-thread"));

/** The messages of a conversation: in normal flow until the virtualizer has arrived, then virtualized. */
export function ThreadList(props: ThreadListProps) {
  const loaded = virtualThread.useModule();
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
