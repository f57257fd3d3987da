import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEED_FACTS, findContactByName } from "./seed";
import type { RunningSimulator } from "./server";
import { AUTH_HEADERS, TEST_KEY, TEST_LOGIN, list, startTestSimulator } from "./test-support";

let sim: RunningSimulator;
const bigPhone = SEED_FACTS.bigContactPhone;
const otherPhone = findContactByName("Éloïse Müller")!.phoneNumber!;
const enc = encodeURIComponent;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
  await fetch(`${sim.url}/__sim/calls`, { method: "DELETE" });
});

async function addFault(spec: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${sim.url}/__sim/faults`, {
    method: "POST",
    body: JSON.stringify(spec),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

function get(query = "", init: RequestInit = {}): Promise<Response> {
  return fetch(`${sim.baseUrl}/conversations/messages/list?${query}`, {
    headers: AUTH_HEADERS,
    ...init,
  });
}

describe("fault injection", () => {
  it("rejects an invalid rule", async () => {
    const res = await fetch(`${sim.url}/__sim/faults`, {
      method: "POST",
      body: JSON.stringify({ stauts: 500 }),
    });
    expect(res.status).toBe(400);
    const notJson = await fetch(`${sim.url}/__sim/faults`, { method: "POST", body: "{" });
    expect(notJson.status).toBe(400);
  });

  it("adds latency, then answers normally", async () => {
    await addFault({ latencyMs: 250 });
    const start = performance.now();
    const res = await get("per_page=1");
    expect(res.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(240);
    expect(await res.json()).toHaveLength(1);
  });

  it("answers an injected status with a code, and Retry-After when asked", async () => {
    await addFault({ status: 429, retryAfter: 3, times: 1 });
    const res = await get();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
    expect(((await res.json()) as { code: number }).code).toBe(429);
    await addFault({ status: 503 });
    const unavailable = await get();
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBeNull();
  });

  it("hangs until the client gives up, without blocking other requests", async () => {
    await addFault({ hang: true, match: bigPhone });
    await expect(get(`phone_number=${enc(bigPhone)}`, { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({
      name: "TimeoutError",
    });
    expect((await get(`phone_number=${enc(otherPhone)}`)).status).toBe(200);
  });

  it("answers malformed JSON", async () => {
    await addFault({ malformed: true });
    const res = await get();
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it("answers the wrong shape", async () => {
    await addFault({ wrongShape: true });
    const body: unknown = await (await get()).json();
    expect(Array.isArray(body)).toBe(false);
    expect(body).toEqual({ data: "nope" });
  });

  it("adds unknown fields to every message", async () => {
    await addFault({ unknownFields: true });
    const items = await list(sim, "per_page=5");
    expect(items).toHaveLength(5);
    for (const m of items) {
      expect(m).toHaveProperty("reactions");
      expect(m).toHaveProperty("x_future");
      expect(typeof m.message_id).toBe("string");
    }
  });

  it("nulls every field but message_id, and drops fields on some messages", async () => {
    await addFault({ nulls: true });
    const items = await list(sim, "per_page=8");
    expect(items).toHaveLength(8);
    for (const m of items) {
      expect(typeof m.message_id).toBe("string");
      for (const [key, value] of Object.entries(m)) if (key !== "message_id") expect(value, key).toBeNull();
    }
    expect(items.some((m) => Object.keys(m).length === 1)).toBe(true);
    expect(items.some((m) => Object.keys(m).length > 5)).toBe(true);
  });

  it("scopes a rule to requests matching `match`", async () => {
    await addFault({ status: 500, match: bigPhone });
    expect((await get(`phone_number=${enc(otherPhone)}`)).status).toBe(200);
    expect((await get("per_page=1")).status).toBe(200);
    expect((await get(`phone_number=${enc(bigPhone)}`)).status).toBe(500);
    // An unencoded "+" still matches.
    expect((await get(`phone_number=${bigPhone}`)).status).toBe(500);
  });

  it("honours `times`", async () => {
    await addFault({ status: 502, times: 2 });
    expect((await get()).status).toBe(502);
    expect((await get()).status).toBe(502);
    expect((await get()).status).toBe(200);
  });

  it("clears rules on DELETE", async () => {
    await addFault({ status: 500 });
    await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
    expect((await get()).status).toBe(200);
  });
});

describe("call log", () => {
  it("records calls with login and key validity but never the key", async () => {
    await get(`phone_number=${enc(bigPhone)}&page=2`);
    await fetch(`${sim.baseUrl}/conversations/messages/list`, {
      headers: { "api-login": TEST_LOGIN, "api-key": "bad-key-123" },
    });
    await fetch(`${sim.baseUrl}/conversations/messages/list`);
    const res = await fetch(`${sim.url}/__sim/calls`);
    const text = await res.text();
    expect(text).not.toContain(TEST_KEY);
    expect(text).not.toContain("bad-key-123");
    const calls = JSON.parse(text) as Array<{
      at: number;
      path: string;
      query: Record<string, string>;
      login: string | null;
      keyOk: boolean;
    }>;
    expect(calls).toHaveLength(3);
    expect(calls[0]).toMatchObject({
      path: "/v1/public/conversations/messages/list",
      query: { phone_number: bigPhone, page: "2" },
      login: TEST_LOGIN,
      keyOk: true,
    });
    expect(typeof calls[0]!.at).toBe("number");
    expect(calls[1]).toMatchObject({ login: TEST_LOGIN, keyOk: false });
    expect(calls[2]).toMatchObject({ login: null, keyOk: false });
  });

  it("filters by match and clears on DELETE", async () => {
    await get(`phone_number=${enc(bigPhone)}`);
    await get(`phone_number=${enc(otherPhone)}`);
    const matched = (await (await fetch(`${sim.url}/__sim/calls?match=${enc(bigPhone)}`)).json()) as unknown[];
    expect(matched).toHaveLength(1);
    await fetch(`${sim.url}/__sim/calls`, { method: "DELETE" });
    expect(await (await fetch(`${sim.url}/__sim/calls`)).json()).toEqual([]);
  });

  it("counts every call since the last clear", async () => {
    await get(`phone_number=${enc(bigPhone)}`);
    await get(`phone_number=${enc(otherPhone)}`);
    expect(await (await fetch(`${sim.url}/__sim/calls/count`)).json()).toEqual({ total: 2 });
    await fetch(`${sim.url}/__sim/calls`, { method: "DELETE" });
    expect(await (await fetch(`${sim.url}/__sim/calls/count`)).json()).toEqual({ total: 0 });
  });
});

describe("close", () => {
  it("closes even while a request hangs", async () => {
    const own = await startTestSimulator();
    await fetch(`${own.url}/__sim/faults`, {
      method: "POST",
      body: JSON.stringify({ hang: true }),
    });
    const pending = fetch(`${own.baseUrl}/conversations/messages/list`, {
      headers: AUTH_HEADERS,
    }).catch((err: unknown) => err);
    // The request has arrived (and hangs) once the simulator has logged it.
    await expect.poll(async () => ((await (await fetch(`${own.url}/__sim/calls`)).json()) as unknown[]).length).toBe(1);
    // The hang never ends by itself: close() resolving at all (within the test's timeout) is the proof.
    await own.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
