import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createShutdown, trackServers } from "./graceful";
import { onShutdown, runClosers } from "./shutdown";

// A real HTTP server with a slow route stands in for Next's: the shutdown sees it the
// way it sees Next's, through http.Server's events.

const servers: http.Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
  await runClosers(10, () => {});
});

async function startServer(slowMs: number): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((req, res) => {
    const delay = req.url === "/slow" ? slowMs : 0;
    setTimeout(() => res.end("done"), delay);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}

/** The error code of a GET on a new connection (fetch would reuse a pooled one), or undefined if it answered. */
function connectionError(url: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve(undefined));
        res.on("error", () => resolve("aborted"));
      })
      .on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe("graceful shutdown", () => {
  it("lets the request in flight finish, refuses new connections, runs the closers, then exits 0", async () => {
    const tracker = trackServers();
    const { url } = await startServer(400);
    const events: string[] = [];
    onShutdown("database pool", () => void events.push("closed pool"));
    const exit = vi.fn((code: number) => void events.push(`exit ${code}`));
    const shutdown = createShutdown(tracker, { timeoutMs: 10_000, exit, log: () => {} });

    await get(`${url}/fast`); // the server is now known to the tracker
    const inFlight = get(`${url}/slow`);
    await vi.waitFor(() => expect(tracker.inFlight).toBe(1));
    const done = shutdown("SIGTERM");

    expect(await connectionError(`${url}/fast`)).toBe("ECONNREFUSED");
    expect(await inFlight).toEqual({ status: 200, body: "done" });
    await done;
    expect(events).toEqual(["closed pool", "exit 0"]);
  });

  it("cuts off what is still running at the time limit and still closes and exits 0", async () => {
    const tracker = trackServers();
    const { url } = await startServer(60_000);
    const closed = vi.fn();
    onShutdown("redis client", closed);
    const exit = vi.fn();
    const log = vi.fn();
    const shutdown = createShutdown(tracker, { timeoutMs: 200, closerGraceMs: 1_000, exit, log });

    const inFlight = connectionError(`${url}/slow`);
    await vi.waitFor(() => expect(tracker.inFlight).toBe(1));
    await shutdown("SIGTERM");

    expect(await inFlight).toBeDefined();
    expect(closed).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledWith(0);
    expect(log.mock.calls.flat().join("\n")).toContain("1 request(s) still running were cut off");
  });

  it("runs once when the signal comes twice", async () => {
    const tracker = trackServers();
    const exit = vi.fn();
    const shutdown = createShutdown(tracker, { timeoutMs: 100, exit, log: () => {} });
    await Promise.all([shutdown("SIGTERM"), shutdown("SIGTERM")]);
    expect(exit).toHaveBeenCalledOnce();
  });
});
