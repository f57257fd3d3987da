import type { OctopushError } from "./errors";
import { describeFailure } from "./failures";

// The last thing Octopush did, for operators on /api/health. Process-local and
// free of secrets: kind, status, Octopush's code, and what to do about it (the
// hint from the failure table in failures.ts).

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
    hint: describeFailure(error).hint,
  };
}

export function lastOutcome(): UpstreamOutcome | null {
  return last;
}
