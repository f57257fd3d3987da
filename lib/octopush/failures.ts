import type { ServerErrorCode } from "@/lib/api/error-codes";
import type { OctopushError } from "./errors";

// One row per kind of Octopush failure: the answer the browser gets (status,
// code, what the agent reads) and what the operator is told on /api/health.
// Adding a kind means adding a row; nothing else switches on the error.

export type OctopushFailureKind = "auth" | "timeout" | "unreachable" | "invalid" | "rate_limited" | "error";

type Text = string | ((error: OctopushError) => string);

interface FailureRow {
  status: number;
  code: ServerErrorCode;
  /** For the agent: plain words, what to do; never a key, a header or a URL. */
  message: Text;
  /** For the operator: which setting or system to look at. */
  hint: Text;
}

export const OCTOPUSH_FAILURES: Record<OctopushFailureKind, FailureRow> = {
  auth: {
    status: 502,
    code: "upstream_auth",
    message: "The inbox cannot reach Octopush: check the API credentials.",
    hint: "Octopush refused the credentials: check OCTOPUSH_API_LOGIN and OCTOPUSH_API_KEY.",
  },
  timeout: {
    status: 504,
    code: "upstream_timeout",
    message: "Octopush did not answer in time. Try again in a moment.",
    hint: "Octopush did not answer within OCTOPUSH_TIMEOUT_MS.",
  },
  unreachable: {
    status: 502,
    code: "upstream_unreachable",
    message: "The inbox cannot reach Octopush right now. Try again in a moment.",
    hint: "Octopush could not be reached: check OCTOPUSH_BASE_URL and the network.",
  },
  invalid: {
    status: 502,
    code: "upstream_invalid",
    message: "Octopush sent an answer the inbox could not read. Try again in a moment.",
    hint: "Octopush answered something other than the documented list: check OCTOPUSH_BASE_URL.",
  },
  rate_limited: {
    status: 503,
    code: "upstream_rate_limited",
    message: "Octopush is busy (too many requests). Try again in a moment.",
    hint: "Octopush is rate limiting this account.",
  },
  error: {
    status: 502,
    code: "upstream_error",
    message: (error) => {
      const said = error.upstreamMessage ? ` It said: "${plain(error.upstreamMessage)}".` : "";
      return `Octopush answered with an error (HTTP ${error.status}).${said}`;
    },
    hint: (error) => `Octopush answered HTTP ${error.status}.`,
  },
};

export function failureKind(error: OctopushError): OctopushFailureKind {
  if (error.isAuthFailure) return "auth";
  switch (error.kind) {
    case "timeout":
      return "timeout";
    case "network":
      return "unreachable";
    case "invalid_json":
    case "invalid_shape":
      return "invalid";
    case "http":
      return error.status === 429 ? "rate_limited" : "error";
  }
}

export interface FailureDescription {
  status: number;
  code: ServerErrorCode;
  message: string;
  hint: string;
}

/** The row for this error, its texts filled in. */
export function describeFailure(error: OctopushError): FailureDescription {
  const row = OCTOPUSH_FAILURES[failureKind(error)];
  const text = (t: Text) => (typeof t === "string" ? t : t(error));
  return { status: row.status, code: row.code, message: text(row.message), hint: text(row.hint) };
}

// Octopush's own message is shown, as shared/octopush/NOTES.md (outside this
// repo) asks ("show `message` when the body has one"), but short and printable only.
function plain(text: string): string {
  const cleaned = text.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return cleaned.length > 160 ? `${cleaned.slice(0, 157)}...` : cleaned;
}
