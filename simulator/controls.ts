import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultStore } from "./faults";
import { parseFaultSpec } from "./faults";
import type { InFlightTracker } from "./inflight";
import { methodNotAllowed, readJsonBody, sendError, sendJson } from "./http";
import { parseChanges, parseNewMessage } from "./message-input";
import type { MessageStore } from "./store";

// The test controls under /__sim/ (README.md): no auth, so the server listens on
// 127.0.0.1 only. They exist on the simulator alone, never on the app.

export interface CallLog {
  /** Calls whose query string contains `match` (raw or decoded); all without it. */
  list(match: string | null): unknown[];
  /** Every call since start or the last clear, past the list's 10,000 too (bench:load counts with it). */
  count(): number;
  clear(): void;
}

export interface Controls {
  faults: FaultStore;
  calls: CallLog;
  store: MessageStore;
  inFlight: InFlightTracker;
}

const MESSAGE_PATH = /^\/__sim\/messages\/([^/]+)$/;

async function jsonBody(req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | null> {
  try {
    return { body: await readJsonBody(req) };
  } catch {
    sendError(res, 400, "body must be JSON (at most 64 KiB)");
    return null;
  }
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { faults, calls, store, inFlight }: Controls,
): Promise<void> {
  const method = req.method ?? "GET";
  const messagePath = MESSAGE_PATH.exec(url.pathname);
  if (messagePath) {
    if (method !== "PATCH") return methodNotAllowed(res, "PATCH");
    const read = await jsonBody(req, res);
    if (!read) return;
    const changes = parseChanges(read.body);
    if (typeof changes === "string") return sendError(res, 400, changes);
    const message = store.update(messagePath[1] ?? "", changes);
    if (!message) return sendError(res, 404, "No message has this message_id");
    return sendJson(res, 200, { message });
  }
  switch (url.pathname) {
    case "/__sim/health":
      if (method !== "GET") return methodNotAllowed(res, "GET");
      return sendJson(res, 200, { ok: true });
    case "/__sim/seed":
      if (method !== "GET") return methodNotAllowed(res, "GET");
      return sendJson(res, 200, store.summary());
    case "/__sim/messages": {
      if (method !== "POST") return methodNotAllowed(res, "POST");
      const read = await jsonBody(req, res);
      if (!read) return;
      const input = parseNewMessage(read.body);
      if (typeof input === "string") return sendError(res, 400, input);
      return sendJson(res, 201, store.add(input));
    }
    case "/__sim/faults": {
      if (method === "DELETE") {
        faults.clear();
        return sendJson(res, 200, { ok: true });
      }
      if (method === "GET") return sendJson(res, 200, faults.list());
      if (method !== "POST") return methodNotAllowed(res, "GET, POST, DELETE");
      const read = await jsonBody(req, res);
      if (!read) return;
      const spec = parseFaultSpec(read.body);
      if (typeof spec === "string") return sendError(res, 400, spec);
      return sendJson(res, 201, { id: faults.add(spec).id });
    }
    case "/__sim/calls/count":
      if (method !== "GET") return methodNotAllowed(res, "GET");
      return sendJson(res, 200, { total: calls.count() });
    case "/__sim/calls": {
      if (method === "DELETE") {
        calls.clear();
        return sendJson(res, 200, { ok: true });
      }
      if (method !== "GET") return methodNotAllowed(res, "GET, DELETE");
      return sendJson(res, 200, calls.list(url.searchParams.get("match")));
    }
    case "/__sim/inflight": {
      const match = url.searchParams.get("match");
      if (method === "GET") {
        const count = inFlight.read(match);
        return count ? sendJson(res, 200, count) : sendError(res, 404, "Nobody watches this match: POST it first");
      }
      if (method === "DELETE") {
        if (match === null) inFlight.resetOverall();
        else inFlight.unwatch(match);
        return sendJson(res, 200, { ok: true });
      }
      if (method !== "POST") return methodNotAllowed(res, "GET, POST, DELETE");
      const read = await jsonBody(req, res);
      if (!read) return;
      const body = read.body as { match?: unknown } | null;
      if (typeof body !== "object" || body === null || typeof body.match !== "string" || body.match === "")
        return sendError(res, 400, "body must be { match: <non-empty string> }");
      return sendJson(res, 201, inFlight.watch(body.match));
    }
    default:
      return sendError(res, 404, "Not found");
  }
}
