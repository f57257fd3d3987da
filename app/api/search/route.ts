// GET /api/search?q=: conversations whose contact name or message text match, from the message index.
import { withSession } from "@/lib/api/handler";
import { errorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/instance";
import { indexEnabled } from "@/lib/message-index/current";
import { parseSearchRequest, TEXT_SEARCH_OFF } from "@/lib/message-index/parse-search-request";
import { searchIndex } from "@/lib/message-index/search";
import type { SearchResults } from "@/lib/message-index/search-types";

export const dynamic = "force-dynamic";

export const GET = withSession(async (request) => {
  if (!indexEnabled()) return errorResponse(404, "index_off", TEXT_SEARCH_OFF);
  const parsed = parseSearchRequest(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(400, "invalid_request", parsed.message);
  const body: SearchResults = { results: await searchIndex(await getDb(), parsed.query, { limit: parsed.limit }) };
  return Response.json(body);
});
