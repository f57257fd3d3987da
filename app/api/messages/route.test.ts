import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { BAD_INPUT_CASES } from "@/e2e/support/bad-input-cases";
import { startSimulator } from "@/simulator/server";

// The real route handler (session check, validation, gateway) against a
// simulator of its own, so its call log counts this file's calls and no one
// else's. Only the session is stubbed: next-auth needs a request context.
const session = vi.hoisted(() => ({
  current: { user: { email: "agent@acme.example" } } as { user: { email: string } } | null,
}));
vi.mock("@/lib/auth/auth", () => ({
  requireSession: async () =>
    session.current ? { ...session.current, user: { ...session.current.user, name: "Agent" } } : null,
}));

const LOGIN = "route-test@acme.example";
const KEY = "sk_route_test_key";
let sim: Awaited<ReturnType<typeof startSimulator>>;
let GET: (request: Request) => Promise<Response>;

async function calls(match?: string): Promise<unknown[]> {
  const res = await fetch(`${sim.url}/__sim/calls${match ? `?match=${encodeURIComponent(match)}` : ""}`);
  return (await res.json()) as unknown[];
}
const get = (query: string) => GET(new Request(`http://127.0.0.1/api/messages?${query}`));

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiLogin: LOGIN, apiKey: KEY });
  // Read once, on the first request: set before it.
  Object.assign(process.env, {
    OCTOPUSH_API_LOGIN: LOGIN,
    OCTOPUSH_API_KEY: KEY,
    OCTOPUSH_BASE_URL: sim.baseUrl,
    AUTH_SECRET: "route-test-secret-0123456789abcdef0123456789",
    OCTOPUSH_CACHE_TTL_MS: "2000",
  });
  ({ GET } = await import("./route"));
});
afterAll(async () => sim.close());
beforeEach(async () => {
  session.current = { user: { email: "agent@acme.example" } };
  await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
  await fetch(`${sim.url}/__sim/calls`, { method: "DELETE" });
});

describe("GET /api/messages, bad input", () => {
  it("has at least 40 cases", () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(BAD_INPUT_CASES)("$name → 400 with a message, no call to Octopush", async ({ query, message }) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toMatch(message);
    expect(await calls()).toEqual([]);
  });

  it("answers 401 without a session, before looking at the query or calling Octopush", async () => {
    session.current = null;
    const res = await get("contact=%2B33612345678");
    expect(res.status).toBe(401);
    expect(await calls()).toEqual([]);
  });
});

describe("GET /api/messages, many agents at once", () => {
  it("makes one upstream call for 20 concurrent identical requests", async () => {
    await fetch(`${sim.url}/__sim/faults`, {
      method: "POST",
      body: JSON.stringify({ match: "+33612345678", latencyMs: 150 }),
    });
    const responses = await Promise.all(Array.from({ length: 20 }, () => get("contact=%2B33612345678&per_page=50")));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{ messages: unknown[] }>;
    expect(bodies.every((b) => b.messages.length === 50)).toBe(true);
    expect(await calls("+33612345678")).toHaveLength(1);
  });
});
