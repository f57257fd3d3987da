"use client";

import { createContext, useContext, type ReactNode } from "react";

// Whether this server's inbox list comes from the message index (INBOX_INDEX on): the
// shell says so once, and the list, the thread's read marks and "Mark as unread" read it.

const IndexedInboxContext = createContext(false);

export function IndexedInboxProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  return <IndexedInboxContext value={enabled}>{children}</IndexedInboxContext>;
}

export function useIndexedInbox(): boolean {
  return useContext(IndexedInboxContext);
}
