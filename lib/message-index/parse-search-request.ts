import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from "./search";
import { describeSearchProblem, parseSearchQuery, type SearchQuery } from "./search-query";

// GET /api/search's query string → a parsed search, or the sentence a 400 carries.

/** With INBOX_INDEX=off there is no index to search: the route answers 404 with this. */
export const TEXT_SEARCH_OFF =
  "Text search is off on this inbox (INBOX_INDEX=off): search by phone number, e-mail, fid_… or cid_… instead.";

export type SearchRequest = { ok: true; query: SearchQuery; limit: number } | { ok: false; message: string };

export function parseSearchRequest(params: URLSearchParams): SearchRequest {
  const qs = params.getAll("q");
  if (qs.length === 0) return { ok: false, message: "Add the text to search for as the q parameter (?q=dupont)." };
  if (qs.length > 1) return { ok: false, message: "Give the q parameter once." };
  const limits = params.getAll("limit");
  let limit = DEFAULT_SEARCH_LIMIT;
  if (limits.length > 1) return { ok: false, message: "Give the limit parameter at most once." };
  if (limits.length === 1) {
    const raw = limits[0] ?? "";
    if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_SEARCH_LIMIT) {
      return { ok: false, message: `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.` };
    }
    limit = Number(raw);
  }
  const parsed = parseSearchQuery(qs[0] ?? "");
  if (!parsed.ok) return { ok: false, message: describeSearchProblem(parsed.problem) };
  return { ok: true, query: parsed.query, limit };
}
