import { isServerErrorCode, type ApiErrorCode } from "@/lib/api/error-codes";
import type { MessagesPage } from "@/lib/inbox/types";
import type { FilterParam } from "@/lib/inbox/server/parse-messages-request";

// The browser's side of /api/messages. Throws ApiClientError on any non-2xx so
// TanStack Query sees a failure, with the server's message for the person.

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

export type MessagesFilters = Partial<Record<FilterParam, string>>;

export async function fetchMessages(
  filters: MessagesFilters,
  page: number,
  perPage: number,
  signal?: AbortSignal,
): Promise<MessagesPage> {
  const params = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return requestJson<MessagesPage>(`/api/messages?${params}`, { signal });
}

/**
 * GET (or another method) one of the inbox's JSON routes. Throws ApiClientError on any
 * non-2xx, with the server's sentence for the person; "offline" when it cannot be reached.
 */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiClientError(0, "offline", "The inbox server cannot be reached. Check your connection and try again.");
  }
  if (!res.ok) {
    // A proxy's HTML error page or an unknown code is not the server's vocabulary: say so plainly.
    const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
    const code = body?.error?.code;
    const message = body?.error?.message;
    throw new ApiClientError(
      res.status,
      isServerErrorCode(code) ? code : "http_error",
      typeof message === "string" && message ? message : `The inbox server answered ${res.status}. Try again.`,
    );
  }
  return (await res.json()) as T;
}
