import type { OctopushError } from "./errors";

// The last thing Octopush did, for operators on /api/health. Process-local and
// free of secrets: kind, status, Octopush's code, and what to do about it.

export interface UpstreamOutcome {
  ok: boolean;
  at: string;
  kind?: OctopushError["kind"];
  status?: number;
  code?: number | string;
  hint?: string;
}

let last: UpstreamOutcome | null = null;

export function recordSuccess(): void {
  last = { ok: true, at: new Date().toISOString() };
}

export function recordFailure(error: OctopushError): void {
  last = {
    ok: false,
    at: new Date().toISOString(),
    kind: error.kind,
    status: error.status,
    code: error.code,
    hint: hintFor(error),
  };
}

export function lastOutcome(): UpstreamOutcome | null {
  return last;
}

function hintFor(error: OctopushError): string {
  if (error.isAuthFailure) return "Octopush refused the credentials: check OCTOPUSH_API_LOGIN and OCTOPUSH_API_KEY.";
  switch (error.kind) {
    case "timeout":
      return "Octopush did not answer within OCTOPUSH_TIMEOUT_MS.";
    case "network":
      return "Octopush could not be reached: check OCTOPUSH_BASE_URL and the network.";
    case "invalid_json":
    case "invalid_shape":
      return "Octopush answered something other than the documented list: check OCTOPUSH_BASE_URL.";
    default:
      return error.status === 429
        ? "Octopush is rate limiting this account."
        : `Octopush answered HTTP ${error.status}.`;
  }
}
