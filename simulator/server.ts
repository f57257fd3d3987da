import { STATUS_CODES, createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleControl } from "./controls";
import type { CallLog } from "./controls";
import { createFaultStore, withNulls, withUnknownFields } from "./faults";
import type { FaultRule } from "./faults";
import { createInFlightTracker } from "./inflight";
import { header, methodNotAllowed, sendError, sendJson } from "./http";
import { startLiveFeed } from "./live";
import type { LiveFeedOptions } from "./live";
import { parseListQuery } from "./query";
import { seedFor } from "./seed-bulk";
import type { DatasetOptions } from "./seed-bulk";
import { createStore } from "./store";
import type { MessageStore } from "./store";

export const API_PREFIX = "/v1/public";
export const LIST_PATH = `${API_PREFIX}/conversations/messages/list`;

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: the control endpoints have no auth, so never listen wider by default. */
  host?: string;
  apiLogin: string;
  apiKey: string;
  /** SIM_MESSAGES and SIM_REFERENCE_TIME; default: the base seed at its fixed reference time. */
  seed?: DatasetOptions;
  /** Stamps messages added while running (POST /__sim/messages, the live feed). */
  now?: () => number;
  /** SIM_LIVE_INTERVAL_MS: a customer writes in every interval or so; off by default. */
  live?: LiveFeedOptions;
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:4010 */
  url: string;
  /** `${url}/v1/public`, what an Octopush client takes as its base URL. */
  baseUrl: string;
  port: number;
  /** The messages it serves, for in-process tests and the demo. */
  store: MessageStore;
  close(): Promise<void>;
}

export interface CallRecord {
  at: number;
  path: string;
  query: Record<string, string>;
  login: string | null;
  keyOk: boolean;
}

// Long demos must not grow memory without bound; tests reset long before this.
const MAX_CALLS = 10_000;

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Raw and decoded forms, so `match` works whether or not the client encoded "+" or "@". */
function queryHaystacks(url: URL): string[] {
  const raw = url.search.startsWith("?") ? url.search.slice(1) : url.search;
  return [raw, safeDecode(raw), safeDecode(raw.replace(/\+/g, " "))];
}

export async function startSimulator(opts: SimulatorOptions): Promise<RunningSimulator> {
  const store = createStore(seedFor(opts.seed), opts.now);
  const faults = createFaultStore();
  const inFlight = createInFlightTracker();
  const calls: Array<{ record: CallRecord; haystacks: string[] }> = [];
  let callCount = 0;
  const callLog: CallLog = {
    list: (match) =>
      (match === null ? calls : calls.filter((c) => c.haystacks.some((h) => h.includes(match)))).map((c) => c.record),
    count: () => callCount,
    clear: () => {
      calls.length = 0;
      callCount = 0;
    },
  };
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;

  const delay = (ms: number, req: IncomingMessage): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timers.add(timer);
      req.socket.once("close", done);
      function done(): void {
        clearTimeout(timer);
        timers.delete(timer);
        req.socket.off("close", done);
        resolve();
      }
    });

  async function handleList(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const login = header(req, "api-login");
    const key = header(req, "api-key");
    const loginOk = login === opts.apiLogin;
    const keyOk = key === opts.apiKey;
    const haystacks = queryHaystacks(url);
    // The key itself is never stored: the log is readable by anyone on localhost.
    callCount += 1;
    calls.push({
      record: {
        at: Date.now(),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        login,
        keyOk,
      },
      haystacks,
    });
    // Trimmed in batches: shifting a 10,000-entry array on every request would tax the
    // simulator exactly when bench:load uses it as the baseline.
    if (calls.length > MAX_CALLS + 1000) calls.splice(0, calls.length - MAX_CALLS);

    const rule: FaultRule | undefined = faults.take(haystacks);
    // Transport-level faults come before the credential check, as a proxy or overloaded gateway would.
    if (rule?.latencyMs) await delay(rule.latencyMs, req);
    if (closing || res.destroyed) return;
    if (rule?.hang) return; // left open on purpose; close() destroys the socket
    if (rule?.status !== undefined) {
      const headers: Record<string, string> = {};
      if (rule.retryAfter !== undefined) headers["retry-after"] = String(rule.retryAfter);
      sendError(res, rule.status, `Simulated error: ${STATUS_CODES[rule.status] ?? "unknown status"}`, headers);
      return;
    }
    if (rule?.malformed) {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end('[{"message_id":"trunc","text":"this answer stops in the mid');
      return;
    }
    if (rule?.wrongShape) {
      sendJson(res, 200, { data: "nope" });
      return;
    }

    // The HTTP status for bad credentials is undocumented for v1; 401 with the
    // old platform's codes (101 incorrect login details, 108 login missing) is our guess.
    if (login === null || key === null) {
      sendJson(res, 401, { code: 108, message: "Login missing" });
      return;
    }
    if (!loginOk || !keyOk) {
      sendJson(res, 401, { code: 101, message: "Incorrect login details" });
      return;
    }

    const page = store.list(parseListQuery(url.searchParams));
    if (rule?.unknownFields) sendJson(res, 200, page.map(withUnknownFields));
    else if (rule?.nulls) sendJson(res, 200, page.map(withNulls));
    else sendJson(res, 200, page);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    if (url.pathname === LIST_PATH) {
      if (req.method !== "GET") return methodNotAllowed(res, "GET");
      // In flight from arrival until the answer is sent or the caller goes away.
      const leave = inFlight.enter(queryHaystacks(url));
      res.once("close", leave);
      return handleList(req, res, url);
    }
    if (url.pathname.startsWith("/__sim/"))
      return handleControl(req, res, url, { faults, calls: callLog, store, inFlight });
    return sendError(res, 404, "Not found");
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, "Internal simulator error");
      else res.destroy();
    });
  });

  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const feed = opts.live && opts.live.intervalMs > 0 ? startLiveFeed(store, opts.live) : null;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;

  return {
    url,
    baseUrl: `${url}${API_PREFIX}`,
    port,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        feed?.stop();
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        // Hanging and keep-alive sockets would otherwise hold close() open forever.
        server.closeAllConnections();
      }),
  };
}
