"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { sendReadMark } from "./index-api";
import { indexedKeys } from "./indexed-query-options";
import { useIndexedInbox } from "./indexed-inbox";

// Read marks from the thread: once the newest message has stayed on screen a moment, the
// conversation is read up to it (one POST per newest message). "Mark as unread" puts the
// previous mark back and stops this thread from marking the same message again.

const SETTLE_MS = 600;

/** Per conversation (as the URL names it): the message last marked read, and the one marked unread. */
const marked = new Map<string, string>();
const unmarked = new Map<string, string>();

/** `newestOnScreen`: the newest message's id while it is in view at the bottom of the thread, else undefined. */
export function useReadMark(contactKey: string, newestOnScreen: string | undefined) {
  const enabled = useIndexedInbox();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || !newestOnScreen) return;
    if (marked.get(contactKey) === newestOnScreen || unmarked.get(contactKey) === newestOnScreen) return;
    const timer = setTimeout(() => {
      marked.set(contactKey, newestOnScreen);
      unmarked.delete(contactKey);
      sendReadMark("read", contactKey, newestOnScreen).then(
        () => void queryClient.invalidateQueries({ queryKey: indexedKeys.all }),
        () => marked.delete(contactKey),
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [enabled, contactKey, newestOnScreen, queryClient]);
}

export function useMarkUnread(contactKey: string) {
  const enabled = useIndexedInbox();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<"idle" | "busy" | "done" | "failed">("idle");
  const markUnread = useCallback(async () => {
    setStatus("busy");
    const messageId = marked.get(contactKey) ?? null;
    try {
      await sendReadMark("unread", contactKey, messageId);
      if (messageId) unmarked.set(contactKey, messageId);
      marked.delete(contactKey);
      setStatus("done");
      await queryClient.invalidateQueries({ queryKey: indexedKeys.all });
    } catch {
      setStatus("failed");
    }
  }, [contactKey, queryClient]);
  return { enabled, status, markUnread };
}
