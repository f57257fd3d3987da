import { OctopushError } from "@/lib/octopush/errors";
import { describeFailure } from "@/lib/octopush/failures";
import type { ApiErrorBody, ServerErrorCode } from "./error-codes";

// One error body for every route: { error: { code, message } }, codes from
// error-codes.ts. Messages are for a person; details of the unexpected stay in
// the server log.

export function errorResponse(status: number, code: ServerErrorCode, message: string, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers });
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof OctopushError) {
    // Kind, status, code and a masked URL: never headers, keys or message texts.
    console.error(`[octopush] ${error.message}`);
    const { status, code, message } = describeFailure(error);
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
