// The one error the Octopush gateway raises. It carries what an operator needs
// (kind, status, Octopush's code) and a URL with the filter values masked: the
// query names phone numbers and e-mail addresses, which stay out of logs.

export type OctopushErrorKind =
  | "http" // non-2xx answer
  | "timeout" // no answer within the timeout
  | "network" // connection refused, DNS, reset...
  | "invalid_json" // 2xx with a body that is not JSON
  | "invalid_shape"; // JSON, but not the documented bare array

export interface OctopushErrorInit {
  kind: OctopushErrorKind;
  url: string;
  status?: number;
  code?: number | string;
  upstreamMessage?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

export class OctopushError extends Error {
  readonly kind: OctopushErrorKind;
  readonly status: number | undefined;
  readonly code: number | string | undefined;
  /** Octopush's own `message`, when the body had one. */
  readonly upstreamMessage: string | undefined;
  readonly redactedUrl: string;
  readonly retryAfterMs: number | undefined;

  constructor(init: OctopushErrorInit) {
    const where = `GET ${redactUrl(init.url)}`;
    const what =
      init.kind === "http"
        ? `answered ${init.status}${init.code !== undefined ? ` (code ${init.code})` : ""}`
        : init.kind.replace("_", " ");
    super(`Octopush ${what}: ${where}`, { cause: init.cause });
    this.name = "OctopushError";
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.upstreamMessage = init.upstreamMessage;
    this.redactedUrl = redactUrl(init.url);
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Bad credentials: retrying cannot help, an operator must act. */
  get isAuthFailure(): boolean {
    return this.kind === "http" && (this.status === 401 || this.status === 403);
  }
}

const VISIBLE_PARAMS = new Set(["page", "per_page"]);

/** Keeps the path and the parameter names; masks every filter value. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const masked = [...url.searchParams.keys()].map((k) =>
      VISIBLE_PARAMS.has(k) ? `${k}=${encodeURIComponent(url.searchParams.get(k) ?? "")}` : `${k}=***`,
    );
    return `${url.origin}${url.pathname}${masked.length ? `?${masked.join("&")}` : ""}`;
  } catch {
    return "(unparseable URL)";
  }
}
