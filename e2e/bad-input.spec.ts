import { expect, test } from "@playwright/test";
import { BAD_INPUT_CASES } from "./support/bad-input-cases";
import { SIM_URL } from "./support/env";

// The bad-input matrix through the real server (proxy, Next's URL parsing, the
// session cookie): every case is a 400 with a message a person can act on, none
// a 500. The exact "no upstream call" count is asserted by the route's Vitest
// (app/api/messages/route.test.ts) against a simulator of its own; here other
// spec files share the simulator, so only calls that carry a case's tell-tale
// values are looked for.
test.describe("GET /api/messages refuses bad input", () => {
  for (const c of BAD_INPUT_CASES.filter((c) => !c.droppedByNext)) {
    test(`${c.name} → 400`, async ({ request }) => {
      const res = await request.get(`/api/messages?${c.query}`);
      expect(res.status(), c.query.slice(0, 80)).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message).toMatch(c.message);
    });
  }

  for (const c of BAD_INPUT_CASES.filter((c) => c.droppedByNext)) {
    test(`${c.name} never reaches the route: the same answer as without it`, async ({ request }) => {
      const withIt = await request.get(`/api/messages?${c.query}&per_page=3`);
      const without = await request.get("/api/messages?per_page=3");
      expect(withIt.status()).toBe(200);
      expect(await withIt.json()).toEqual(await without.json());
    });
  }

  test("none of them reached Octopush", async ({ request }) => {
    for (const c of BAD_INPUT_CASES.filter((c) => !c.droppedByNext))
      expect((await request.get(`/api/messages?${c.query}`)).status()).toBe(400);
    const log = (await (await request.get(`${SIM_URL}/__sim/calls`)).json()) as Array<{
      query: Record<string, string>;
    }>;
    const FILTERS = ["contact", "phone_number", "email", "facebook_id", "conversation_id"];
    for (const call of log) {
      const { page = "1", per_page: perPage = "50", ...rest } = call.query;
      expect(Number(page)).toBeGreaterThanOrEqual(1);
      expect(Number(perPage)).toBeLessThanOrEqual(100);
      expect(Object.keys(rest).filter((k) => FILTERS.includes(k)).length).toBeLessThanOrEqual(1);
      expect(Object.keys(rest).every((k) => FILTERS.includes(k))).toBe(true);
      for (const value of Object.values(rest))
        expect(value).toMatch(/^(\+\d{6,15}|[^\s<>'"$;|]+@[^\s<>'"$;|]+|fid_\d+|cid_[0-9a-f-]{36})$/);
    }
  });
});
