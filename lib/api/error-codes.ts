// The one vocabulary of error codes: every `{ error: { code, message } }` the
// server sends uses one of these, and the browser's API client types its errors
// with the same union. Pure, so both sides import it.

/** Codes the server puts in an error body. */
export const SERVER_ERROR_CODES = [
  "invalid_request", // 400: bad input, the message says what to fix
  "unauthenticated", // 401: no session
  "forbidden", // 403: signed in, but not an administrator
  "index_off", // 404: a route of the message index while INBOX_INDEX=off
  "upstream_auth", // 502: Octopush refused the credentials
  "upstream_unreachable", // 502: connection refused, DNS, reset
  "upstream_invalid", // 502: an answer that is not the documented list
  "upstream_error", // 502: any other non-2xx from Octopush
  "upstream_rate_limited", // 503: Octopush answered 429
  "upstream_timeout", // 504: no answer in time
  "internal", // 500: anything unexpected; details only in the server log
] as const;

/** Codes only the browser makes: the server could not be reached, or answered without an error body. */
export const CLIENT_ERROR_CODES = ["offline", "http_error"] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ApiErrorCode = ServerErrorCode | (typeof CLIENT_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ServerErrorCode; message: string };
}

const SERVER_CODES: ReadonlySet<string> = new Set(SERVER_ERROR_CODES);

export function isServerErrorCode(value: unknown): value is ServerErrorCode {
  return typeof value === "string" && SERVER_CODES.has(value);
}
