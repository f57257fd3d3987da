import type { SearchResults } from "@/lib/message-index/search-types";
import { requestJson } from "./api-client";

// The browser's side of GET /api/search. Throws ApiClientError on any non-2xx,
// with the server's sentence for the person.

export function fetchSearch(q: string, signal?: AbortSignal): Promise<SearchResults> {
  return requestJson<SearchResults>(`/api/search?${new URLSearchParams({ q })}`, { signal });
}
