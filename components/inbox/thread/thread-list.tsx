"use client";

import { StaticThread } from "@/components/inbox/thread/thread-frame";
import { VirtualThread, type ThreadListProps } from "@/components/inbox/thread/virtual-thread";
import { useHydrated } from "@/lib/inbox/client/use-online";

/** The messages of a conversation: in normal flow until the page runs, then virtualized. */
export function ThreadList(props: ThreadListProps) {
  const hydrated = useHydrated();
  if (!hydrated)
    return (
      <StaticThread
        contactKey={props.contactKey}
        label={props.label}
        messages={props.messages}
        targetId={props.target?.id}
      />
    );
  return <VirtualThread {...props} />;
}
