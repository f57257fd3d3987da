import "server-only";
import { getDb } from "@/lib/db/instance";
import { recordShareView, type ShareLinkSummary } from "./store";

// The one place share events go through. For now only views are recorded (the
// link's own count and last view); the audit trail will be wired in here.
// Never the token, and never message text.

export async function shareCreated(link: ShareLinkSummary, actor: string): Promise<void> {
  void link;
  void actor;
}

export async function shareViewed(link: { id: string }, address: string): Promise<void> {
  void address;
  await recordShareView(await getDb(), link.id);
}

export async function shareRevoked(link: ShareLinkSummary, actor: string): Promise<void> {
  void link;
  void actor;
}
