import type { Metadata } from "next";
import { InboxEmptyPane } from "@/components/inbox/shell/inbox-empty-pane";

export const metadata: Metadata = { title: "Inbox · Octopush Inbox" };

// The list itself lives in the shell (app/(inbox)/layout.tsx → AppShell), which
// also prefetches it; this page is the right pane before a conversation is chosen.
export default function InboxPage() {
  return <InboxEmptyPane />;
}
