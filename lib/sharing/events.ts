import "server-only";
import { recordAudit, requestClientAddress } from "@/lib/audit/record";
import type { AgentRole } from "@/lib/db/schema";
import { getDb } from "@/lib/db/instance";
import { recordShareView, type ShareLinkSummary } from "./store";

// The one place share events go through: the link's own view count, and the audit
// trail (share.created / share.viewed / share.revoked, target = the link's id).
// Never the token, and never the note or message text (lib/audit/events.ts drops them).

type Actor = { email: string; role: AgentRole };

function scope(link: { fromMessageId: string | null }) {
  return link.fromMessageId ? "from_message" : "whole";
}

export async function shareCreated(link: ShareLinkSummary, actor: Actor): Promise<void> {
  await recordAudit({
    action: "share.created",
    actor,
    target: link.id,
    clientAddress: await requestClientAddress(),
    details: { conversation: link.conversationKey, scope: scope(link), expiresAt: link.expiresAt },
  });
}

export async function shareViewed(
  link: { id: string; conversationKey: string; fromMessageId: string | null },
  address: string,
): Promise<void> {
  await recordShareView(await getDb(), link.id);
  await recordAudit({
    action: "share.viewed",
    actor: { email: null, role: "anonymous" },
    target: link.id,
    clientAddress: address,
    details: { conversation: link.conversationKey, scope: scope(link) },
  });
}

export async function shareRevoked(link: ShareLinkSummary, actor: Actor): Promise<void> {
  await recordAudit({
    action: "share.revoked",
    actor,
    target: link.id,
    clientAddress: await requestClientAddress(),
    details: { conversation: link.conversationKey },
  });
}
