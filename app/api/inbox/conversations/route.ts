// GET /api/inbox/conversations?filter=&channel=&cursor=&limit=: one page of the inbox list
// from the message index, newest last message first, with the agent's unread counts.
import { errorResponse } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { getDb } from "@/lib/db/instance";
import { encodeCursor, parseListQuery } from "@/lib/inbox/server/parse-inbox-request";
import { listIndexedConversations } from "@/lib/message-index/inbox-list";
import { inboxAgent, indexOffResponse } from "@/lib/message-index/inbox-session";

export const dynamic = "force-dynamic";

export const GET = withSession(async (request, session) => {
  const off = indexOffResponse();
  if (off) return off;
  const parsed = parseListQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(400, "invalid_request", parsed.message);
  const { filter, channel, cursor, limit } = parsed.value;
  const page = await listIndexedConversations(
    await getDb(),
    await inboxAgent(session),
    { filter, channel },
    { cursor, limit },
  );
  return Response.json({
    conversations: page.conversations,
    nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
  });
});
