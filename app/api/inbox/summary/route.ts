// GET /api/inbox/summary?channel=: what the live list polls — the index's version and
// health, the filters' counts and the unread conversations for the tab title.
import { errorResponse } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { getDb } from "@/lib/db/instance";
import { parseSummaryQuery } from "@/lib/inbox/server/parse-inbox-request";
import { currentIndexHealth } from "@/lib/message-index/current";
import { countIndexedConversations, indexIsEmpty } from "@/lib/message-index/inbox-list";
import { inboxAgent, indexOffResponse } from "@/lib/message-index/inbox-session";

export const dynamic = "force-dynamic";

export const GET = withSession(async (request, session) => {
  const off = indexOffResponse();
  if (off) return off;
  const parsed = parseSummaryQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(400, "invalid_request", parsed.message);
  const db = await getDb();
  const [health, counts, empty] = await Promise.all([
    currentIndexHealth(),
    countIndexedConversations(db, await inboxAgent(session), parsed.value.channel),
    indexIsEmpty(db),
  ]);
  return Response.json({
    version: health?.version ?? 0,
    behindMinutes: health?.behindMinutes ?? 0,
    indexing: empty && !health?.lastSuccessAt,
    ...counts,
  });
});
