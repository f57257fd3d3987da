import "server-only";
import { errorResponse } from "@/lib/api/errors";
import type { SignedInSession } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/instance";
import { agentOctopushNames, type InboxAgent } from "./inbox-list";
import { indexEnabled } from "./current";

// What the /api/inbox/* routes share: the answer while the index is off, and who is asking.

export const INDEX_OFF_MESSAGE =
  "The message index is off on this server (INBOX_INDEX=off): the list comes from Octopush and has no unread counts.";

export function indexOffResponse(): Response | null {
  return indexEnabled() ? null : errorResponse(404, "index_off", INDEX_OFF_MESSAGE);
}

export async function inboxAgent(session: SignedInSession): Promise<InboxAgent> {
  return {
    email: session.user.email,
    names: await agentOctopushNames(await getDb(), session.user.email, session.user.name),
  };
}
