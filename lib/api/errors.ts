import { OctopushError } from "@/lib/octopush/errors";
import type { ApiErrorBody } from "@/lib/inbox/types";

// One error body for every route: { error: { code, message } }. Messages are for
// a person; details of the unexpected stay in the server log.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorResponse(status: number, code: string, message: string, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers });
}

/** What an agent is told when Octopush fails; also used by server-rendered pages. */
export function describeUpstreamError(error: OctopushError): { status: number; code: string; message: string } {
  if (error.isAuthFailure) {
    return {
      status: 502,
      code: "upstream_auth",
      message: "The inbox cannot reach Octopush: check the API credentials.",
    };
  }
  switch (error.kind) {
    case "timeout":
      return {
        status: 504,
        code: "upstream_timeout",
        message: "Octopush did not answer in time. Try again in a moment.",
      };
    case "network":
      return {
        status: 502,
        code: "upstream_unreachable",
        message: "The inbox cannot reach Octopush right now. Try again in a moment.",
      };
    case "invalid_json":
    case "invalid_shape":
      return {
        status: 502,
        code: "upstream_invalid",
        message: "Octopush sent an answer the inbox could not read. Try again in a moment.",
      };
    case "http": {
      if (error.status === 429) {
        return {
          status: 503,
          code: "upstream_rate_limited",
          message: "Octopush is busy (too many requests). Try again in a moment.",
        };
      }
      const said = error.upstreamMessage ? ` It said: "${plain(error.upstreamMessage)}".` : "";
      return {
        status: 502,
        code: "upstream_error",
        message: `Octopush answered with an error (HTTP ${error.status}).${said}`,
      };
    }
  }
}

// Octopush's own message, shown as NOTES.md asks, but short and printable only.
function plain(text: string): string {
  const cleaned = text.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return cleaned.length > 160 ? `${cleaned.slice(0, 157)}...` : cleaned;
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
  if (error instanceof OctopushError) {
    // Kind, status, code and a masked URL: never headers, keys or message texts.
    console.error(`[octopush] ${error.message}`);
    const { status, code, message } = describeUpstreamError(error);
    const retryAfter = error.retryAfterMs ? { "retry-after": String(Math.ceil(error.retryAfterMs / 1000)) } : undefined;
    return errorResponse(status, code, message, retryAfter);
  }
  console.error("[api] unexpected error:", error instanceof Error ? `${error.name}: ${error.message}` : typeof error);
  return errorResponse(
    500,
    "internal",
    "Something went wrong on the inbox server. Try again; if it keeps failing, tell your administrator.",
  );
}
