import "server-only";

import { GATEWAY_DEFAULTS, getEnv } from "@/lib/config/env";
import { withRetry, type RetryPolicy } from "@/lib/resilience/retry";
import { createMemoryGatewayState, createRedisGatewayState, type GatewayState } from "@/lib/shared-state/gateway-state";
import { getSharedState } from "@/lib/shared-state/instance";
import { credentialScope } from "@/lib/shared-state/keys";
import { OctopushError } from "./errors";
import { recordFailure, recordSuccess } from "./outcome";
import {
  octopushErrorBodySchema,
  octopushListSchema,
  octopushMessageSchema,
  type ListMessagesParams,
  type OctopushMessage,
} from "./schemas";

// The one module that talks to Octopush. Credentials go in headers only, never
// in a URL, a log line or an error. Every call has a timeout; idempotent calls
// are retried on 429/502/503/504 and network errors with jittered back-off
// honouring Retry-After, within a total budget; identical calls in flight at
// the same time are made once; concurrent calls are capped; successful answers
// are kept for a short TTL. The generic parts (retry, limiter, single-flight,
// cache) are in lib/resilience/, their defaults in lib/config/env.ts
// (GATEWAY_DEFAULTS); with REDIS_URL the cache, de-duplication and cap are shared
// by every instance using the same credentials (lib/shared-state/gateway-state.ts).

export interface OctopushConfig {
  baseUrl: string;
  apiLogin: string;
  apiKey: string;
  timeoutMs: number;
}

export interface ClientOptions {
  retry?: Partial<RetryPolicy>;
  maxConcurrent?: number;
  /** How long a successful answer is reused, per URL; 0 disables the cache. */
  cacheTtlMs?: number;
  /** Most answers kept; the least recently used goes first. */
  cacheMaxEntries?: number;
  fetch?: typeof fetch;
  /** Where the cache, de-duplication and cap live; default: in this client (the options above). */
  state?: GatewayState<ListMessagesResult>;
}

export interface ListMessagesResult {
  messages: OctopushMessage[];
  /** Elements Octopush returned, readable or not: decides whether a page is the last. */
  rawCount: number;
  /** Elements that had no usable message_id and were left out. */
  dropped: number;
}

const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: GATEWAY_DEFAULTS.maxAttempts,
  baseDelayMs: GATEWAY_DEFAULTS.retryBaseDelayMs,
  maxDelayMs: GATEWAY_DEFAULTS.retryMaxDelayMs,
  budgetMs: GATEWAY_DEFAULTS.retryBudgetMs,
};
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export type OctopushClient = ReturnType<typeof createOctopushClient>;

export function createOctopushClient(config: OctopushConfig, options: ClientOptions = {}) {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const doFetch = options.fetch ?? fetch;
  // The cache belongs to this client's credentials (a shared one is scoped by
  // them): an answer fetched with one key is never served to a caller using
  // another. Keyed by the full URL (every filter and page), never by a part of it.
  const state =
    options.state ??
    createMemoryGatewayState<ListMessagesResult>({
      maxConcurrent: options.maxConcurrent ?? GATEWAY_DEFAULTS.maxConcurrent,
      cacheTtlMs: options.cacheTtlMs ?? GATEWAY_DEFAULTS.cacheTtlMs,
      cacheMaxEntries: options.cacheMaxEntries ?? GATEWAY_DEFAULTS.cacheMaxEntries,
    });

  async function once(url: string): Promise<ListMessagesResult> {
    let response: Response;
    try {
      response = await state.limit(() =>
        doFetch(url, {
          method: "GET",
          headers: { "api-login": config.apiLogin, "api-key": config.apiKey, accept: "application/json" },
          signal: AbortSignal.timeout(config.timeoutMs),
          cache: "no-store",
        }),
      );
    } catch (cause) {
      const timedOut = cause instanceof DOMException && (cause.name === "TimeoutError" || cause.name === "AbortError");
      throw new OctopushError({ kind: timedOut ? "timeout" : "network", url, cause });
    }

    let body: string;
    try {
      body = await response.text();
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
      throw new OctopushError({ kind: timedOut ? "timeout" : "network", url, status: response.status, cause });
    }

    if (!response.ok) {
      const parsed = octopushErrorBodySchema.safeParse(safeJson(body));
      throw new OctopushError({
        kind: "http",
        url,
        status: response.status,
        code: parsed.success ? parsed.data.code : undefined,
        upstreamMessage: parsed.success ? parsed.data.message : undefined,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }

    const json = safeJson(body);
    if (json === NOT_JSON) throw new OctopushError({ kind: "invalid_json", url, status: response.status });
    const list = octopushListSchema.safeParse(json);
    if (!list.success) throw new OctopushError({ kind: "invalid_shape", url, status: response.status });

    const messages: OctopushMessage[] = [];
    for (const item of list.data) {
      const message = octopushMessageSchema.safeParse(item);
      if (message.success) messages.push(message.data);
    }
    return { messages, rawCount: list.data.length, dropped: list.data.length - messages.length };
  }

  return {
    config: { baseUrl: config.baseUrl },
    /** GET /conversations/messages/list with the documented parameters. */
    listMessages(params: ListMessagesParams): Promise<ListMessagesResult> {
      const url = buildListUrl(config.baseUrl, params);
      return state.once(url, () =>
        withRetry(() => once(url), retry, RETRY_HOOKS).then(
          (result) => {
            recordSuccess();
            return result;
          },
          (error: unknown) => {
            if (error instanceof OctopushError) recordFailure(error);
            throw error;
          },
        ),
      );
    },
  };
}

export function buildListUrl(baseUrl: string, params: ListMessagesParams): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/conversations/messages/list`);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof OctopushError)) return false;
  if (error.kind === "network" || error.kind === "timeout") return true;
  return error.kind === "http" && error.status !== undefined && RETRYABLE_STATUSES.has(error.status);
}

const RETRY_HOOKS = {
  isRetryable,
  retryAfterMs: (error: unknown) => (error instanceof OctopushError ? error.retryAfterMs : undefined),
};

/** Retry-After in seconds or as an HTTP date; capped so a hostile value cannot stall us. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  return Math.min(ms, 60_000);
}

const NOT_JSON = Symbol("not-json");
function safeJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return NOT_JSON;
  }
}

let shared: OctopushClient | undefined;
/**
 * The process's client, built from the validated env: one set of credentials, one
 * cache; with REDIS_URL, one cache, de-duplication and cap for every instance.
 */
export function getOctopushClient(): OctopushClient {
  if (!shared) {
    const { octopush, gateway } = getEnv();
    const limits = {
      maxConcurrent: gateway.maxConcurrent,
      cacheTtlMs: gateway.cacheTtlMs,
      cacheMaxEntries: GATEWAY_DEFAULTS.cacheMaxEntries,
    };
    const redis = getSharedState();
    shared = createOctopushClient(octopush, {
      retry: { maxAttempts: gateway.maxAttempts, budgetMs: gateway.retryBudgetMs },
      state: redis
        ? createRedisGatewayState(redis, {
            ...limits,
            scope: credentialScope(octopush.apiLogin, octopush.apiKey),
            // A call's longest life: every try timing out, within the retry budget.
            holdMs: octopush.timeoutMs + gateway.retryBudgetMs,
            waitMs: octopush.timeoutMs + gateway.retryBudgetMs,
          })
        : createMemoryGatewayState(limits),
    });
  }
  return shared;
}
