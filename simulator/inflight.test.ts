import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "./server";
import { AUTH_HEADERS, startTestSimulator } from "./test-support";

// GET/POST/DELETE /__sim/inflight over HTTP, as the e2e tests use it.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${sim.url}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
const read = async (match: string) =>
  (await (await fetch(`${sim.url}/__sim/inflight?match=${encodeURIComponent(match)}`)).json()) as {
    inFlight: number;
    max: number;
  };
const call = (query: string) => fetch(`${sim.baseUrl}/conversations/messages/list?${query}`, { headers: AUTH_HEADERS });

describe("/__sim/inflight", () => {
  it("counts the most calls answered at once among those it watches", async () => {
    expect((await post("/__sim/inflight", { match: "+33600000555" })).status).toBe(201);
    expect((await post("/__sim/faults", { match: "+33600000555", latencyMs: 300 })).status).toBe(201);
    const slow = Array.from({ length: 4 }, (_, i) => call(`phone_number=%2B33600000555&page=${i + 1}`));
    await call("phone_number=%2B33600000999"); // not watched
    await Promise.all(slow);
    expect(await read("+33600000555")).toEqual({ inFlight: 0, max: 4 });

    // Watched again: from zero. One after the other never makes more than 1.
    await post("/__sim/inflight", { match: "+33600000555" });
    for (let i = 0; i < 3; i += 1) await call(`phone_number=%2B33600000555&page=${i + 1}`);
    expect(await read("+33600000555")).toEqual({ inFlight: 0, max: 1 });
  });

  it("answers 404 for a match nobody watches and 400 for a bad body", async () => {
    expect((await fetch(`${sim.url}/__sim/inflight?match=nobody`)).status).toBe(404);
    expect((await post("/__sim/inflight", { match: "" })).status).toBe(400);
    expect((await fetch(`${sim.url}/__sim/inflight`)).status).toBe(200);
  });
});
