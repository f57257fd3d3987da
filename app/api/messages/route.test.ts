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

describe("GET /api/messages, pages larger than one Octopush page", () => {
  type Body = { messages: Array<{ id: string }>; page: number; perPage: number; hasMore: boolean };
  const body = async (query: string) => (await (await get(query)).json()) as Body;

  it("serves page 2 of 300 as the same messages as pages 4 to 6 of 100, asking Octopush for pages of 100 only", async () => {
    const big = await body("contact=%2B33612345678&page=2&per_page=300");
    expect(big).toMatchObject({ page: 2, perPage: 300, hasMore: true });
    const log = (await calls("+33612345678")) as Array<{ query: Record<string, string> }>;
    expect(log.map((c) => [c.query.page, c.query.per_page]).sort()).toEqual([
      ["4", "100"],
      ["5", "100"],
      ["6", "100"],
    ]);
    const small = await Promise.all([4, 5, 6].map((p) => body(`contact=%2B33612345678&page=${p}&per_page=100`)));
    expect(big.messages.map((m) => m.id)).toEqual(small.flatMap((s) => s.messages.map((m) => m.id)));
  });

  it("ends the conversation at the first part that is not full", async () => {
    // 10,000 messages: page 10 of 1,000 is the last one, page 11 is empty.
    const last = await body("contact=%2B33612345678&page=10&per_page=1000");
    expect(last.messages).toHaveLength(1000);
    const after = await body("contact=%2B33612345678&page=11&per_page=1000");
    expect(after).toMatchObject({ messages: [], hasMore: false });
  });

  it("refuses a per_page above 100 that is not a multiple of 100, and one above 1,000", async () => {
    for (const perPage of ["150", "1100"]) {
      const res = await get(`contact=%2B33612345678&per_page=${perPage}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        "per_page must be a whole number from 1 to 100, or a multiple of 100 up to 1000.",
      );
    }
    expect(await calls("+33612345678")).toHaveLength(0);
  });
});
