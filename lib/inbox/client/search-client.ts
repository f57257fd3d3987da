import type { SearchResults } from "@/lib/message-index/search-types";
import { ApiClientError } from "./api-client";
import { isServerErrorCode } from "@/lib/api/error-codes";

// The browser's side of GET /api/search. Throws ApiClientError on any non-2xx,
// with the server's sentence for the person.

export async function fetchSearch(q: string, signal?: AbortSignal): Promise<SearchResults> {
  let res: Response;
  try {
    res = await fetch(`/api/search?${new URLSearchParams({ q })}`, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiClientError(0, "offline", "The inbox server cannot be reached. Check your connection and try again.");
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
    const code = body?.error?.code;
    const message = body?.error?.message;
    throw new ApiClientError(
      res.status,
      isServerErrorCode(code) ? code : "http_error",
      typeof message === "string" && message ? message : `The inbox server answered ${res.status}. Try again.`,
    );
  }
  return (await res.json()) as SearchResults;
}
