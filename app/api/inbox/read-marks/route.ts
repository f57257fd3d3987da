// POST /api/inbox/read-marks { key, messageId }: the agent has read the conversation up to
// that message (never backwards). DELETE with the same body: "Mark as unread".
import { errorResponse } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/instance";
import { parseReadMarkBody } from "@/lib/inbox/server/parse-inbox-request";
import { markRead, markUnread } from "@/lib/message-index/read-marks";
import { indexOffResponse } from "@/lib/message-index/inbox-session";

export const dynamic = "force-dynamic";

function handle(apply: typeof markRead) {
  return withSession(async (request, session) => {
    const off = indexOffResponse();
    if (off) return off;
    const parsed = parseReadMarkBody(await request.json().catch(() => null), getEnv().defaultCountry);
    if (!parsed.ok) return errorResponse(400, "invalid_request", parsed.message);
    const { key, messageId } = parsed.value;
    return Response.json(await apply(await getDb(), session.user.email, key, messageId));
  });
}

export const POST = handle(markRead);
export const DELETE = handle(markUnread);
