// GET /api/inbox/summary?channel=: what the live list polls — the index's version and
// health, the filters' counts and the unread conversations for the tab title.
import { errorResponse } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { parseSummaryQuery } from "@/lib/inbox/server/parse-inbox-request";
import { inboxAgent, indexOffResponse, readInboxSummary } from "@/lib/message-index/inbox-session";

export const dynamic = "force-dynamic";

export const GET = withSession(async (request, session) => {
  const off = indexOffResponse();
  if (off) return off;
  const parsed = parseSummaryQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(400, "invalid_request", parsed.message);
  return Response.json(await readInboxSummary(await inboxAgent(session), parsed.value.channel));
});
