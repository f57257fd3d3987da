import "server-only";
import { errorResponse } from "@/lib/api/errors";
import type { SignedInSession } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/instance";
import { currentIndexHealth, indexEnabled } from "./current";
import { agentOctopushNames, indexIsEmpty, type InboxAgent } from "./inbox-list";
import { createSummaryCounts } from "./summary-counts";

// What the /api/inbox/* routes share: the answer while the index is off, and who is asking.

export const INDEX_OFF_MESSAGE =
  "The message index is off on this server (INBOX_INDEX=off): the list comes from Octopush and has no unread counts.";

export function indexOffResponse(): Response | null {
  return indexEnabled() ? null : errorResponse(404, "index_off", INDEX_OFF_MESSAGE);
}

export async function inboxAgent(session: Pick<SignedInSession, "user">): Promise<InboxAgent> {
  return {
    email: session.user.email,
    names: await agentOctopushNames(await getDb(), session.user.email, session.user.name),
  };
}

const summaryCounts = createSummaryCounts();

/** What GET /api/inbox/summary answers (and the shell prefetches). */
export async function readInboxSummary(agent: InboxAgent, channel: string | null) {
  const db = await getDb();
  // The version first: counts kept under it are never older than it (summary-counts.ts).
  const [health, empty] = await Promise.all([currentIndexHealth(), indexIsEmpty(db)]);
  const counts = await summaryCounts.read(db, agent, channel, health?.version ?? 0);
  return {
    version: health?.version ?? 0,
    behindMinutes: health?.behindMinutes ?? 0,
    indexing: empty && !health?.lastSuccessAt,
    ...counts,
  };
}
