import "server-only";
import http from "node:http";
import { runClosers } from "./shutdown";

// Graceful shutdown of the production server (standalone server.js or next start).
// Next's own SIGTERM handler (start-server.ts) stops listening and waits for open
// connections without a limit, never closes our pools, and exits 143. With
// NEXT_MANUAL_SIG_HANDLE set (the image, npm start and the tests set it) Next leaves
// the signals to us: stop listening, let the requests in flight finish within
// INBOX_SHUTDOWN_TIMEOUT_MS, cut what is left, run the closers, exit 0.
// Next never hands its http.Server to app code, so the servers and their requests
// are seen where Node's HTTP server emits them, as lib/security/client-address-hook.ts does.

interface Tracker {
  servers: Set<http.Server>;
  inFlight: number;
  drained: Set<() => void>;
}

const TRACKER = Symbol.for("octopush-inbox.lifecycle.tracker");

/** Counts the requests in flight on every http.Server of this process. Installed once. */
export function trackServers(): Tracker {
  const g = globalThis as Record<symbol, Tracker | undefined>;
  const existing = g[TRACKER];
  if (existing) return existing;
  const tracker: Tracker = { servers: new Set(), inFlight: 0, drained: new Set() };
  g[TRACKER] = tracker;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitTracked(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "connection" || event === "request") tracker.servers.add(this);
    if (event === "request") {
      const response = args[1] as http.ServerResponse;
      tracker.inFlight += 1;
      response.once("close", () => {
        tracker.inFlight -= 1;
        if (tracker.inFlight === 0) for (const done of tracker.drained) done();
      });
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  return tracker;
}

export interface ShutdownOptions {
  timeoutMs: number;
  /** Time left to the closers when the requests took the whole limit. */
  closerGraceMs?: number;
  exit?: (code: number) => void;
  log?: (line: string) => void;
}

/** Returns the shutdown sequence; the first call runs it, later calls wait for the same run. */
export function createShutdown(tracker: Tracker, options: ShutdownOptions): (signal: string) => Promise<void> {
  const { timeoutMs, closerGraceMs = 5_000, exit = (code) => process.exit(code), log = console.log } = options;
  let running: Promise<void> | undefined;
  return (signal) =>
    (running ??= (async () => {
      const started = Date.now();
      log(
        `Octopush Inbox: ${signal} received; no new connections, ${tracker.inFlight} request(s) in flight get up to ${timeoutMs} ms.`,
      );
      for (const server of tracker.servers) server.close();
      if (tracker.inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(finish, timeoutMs);
          tracker.drained.add(finish);
          function finish() {
            clearTimeout(timer);
            tracker.drained.delete(finish);
            resolve();
          }
        });
      }
      if (tracker.inFlight > 0) log(`Octopush Inbox: ${tracker.inFlight} request(s) still running were cut off.`);
      // Idle keep-alive connections, and anything left past the limit.
      for (const server of tracker.servers) server.closeAllConnections();
      const left = Math.max(timeoutMs - (Date.now() - started), closerGraceMs);
      await runClosers(left, log);
      log("Octopush Inbox: stopped.");
      exit(0);
    })());
}

const INSTALLED = Symbol.for("octopush-inbox.lifecycle.signals-installed");

/** Installs the SIGTERM and SIGINT handlers (from instrumentation.ts). A second SIGINT stops at once. */
export function installGracefulShutdown(timeoutMs: number): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
    console.warn(
      "Octopush Inbox: warning: NEXT_MANUAL_SIG_HANDLE is not set, so Next.js also handles SIGTERM and may exit " +
        "before the requests in flight finish or the connections close. Start with `npm start` or the image, which set it.",
    );
  }
  const shutdown = createShutdown(trackServers(), { timeoutMs });
  let signals = 0;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      signals += 1;
      if (signals > 1 && signal === "SIGINT") process.exit(130);
      void shutdown(signal);
    });
  }
}
