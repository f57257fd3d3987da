// GET /api/messages: one page of Octopush messages, filtered, in the inbox's shape.
import { withSession } from "@/lib/api/handler";
import { errorResponse } from "@/lib/api/errors";
import { getEnv } from "@/lib/config/env";
import { fetchMessagesPageJson } from "@/lib/inbox/server/fetch-messages";
import { parseMessagesQuery } from "@/lib/inbox/server/parse-messages-request";

export const dynamic = "force-dynamic";

export const GET = withSession(async (request) => {
  const parsed = parseMessagesQuery(new URL(request.url).searchParams, getEnv().defaultCountry);
  if (!parsed.ok) return errorResponse(400, "invalid_request", parsed.message);
  return new Response(await fetchMessagesPageJson(parsed.query), {
    headers: { "content-type": "application/json" },
  });
});
