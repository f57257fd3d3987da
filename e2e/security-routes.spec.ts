import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test } from "@playwright/test";

// Every route under app/, found on disk: without a session, pages redirect to
// /login and API routes answer 401. A route added later without the check fails here.

const APP_DIR = join(process.cwd(), "app");
/** /invite/<token> opens without a session: its token is the key (an unknown one opens nothing, tested below). */
const PUBLIC_PAGES = new Set(["/login", "/invite/sample"]);
/** Shared links: open without a session, the token decides (e2e/share.spec.ts). */
const SHARED_PAGES = /^\/s\//;
const PUBLIC_API = [/^\/api\/health$/, /^\/api\/ready$/, /^\/api\/auth(\/|$)/];
/** The floor of `npm run bench:load` (app/bench-floor/route.ts): absent from a production build, tested below. */
const BENCH_ONLY = "/bench-floor";
/** Sample values for dynamic segments; any other name gets "sample". */
const SAMPLES: Record<string, string> = { key: "+33612345678" };
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function toUrlPath(file: string): string {
  const segments = relative(APP_DIR, file).split(sep).slice(0, -1);
  const parts = segments
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"))
    .map((s) => {
      const catchAll = /^\[\[?\.\.\.(.+?)\]?\]$/.exec(s);
      if (catchAll) return "session";
      const dynamic = /^\[(.+)\]$/.exec(s);
      return dynamic ? encodeURIComponent(SAMPLES[dynamic[1] ?? ""] ?? "sample") : s;
    });
  return `/${parts.join("/")}`;
}

function exportedMethods(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return METHODS.filter((m) =>
    new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+${m}\\b|export\\s+const\\s+\\{[^}]*\\b${m}\\b`).test(src),
  );
}

const files = walk(APP_DIR);
const pages = files.filter((f) => /[/\\]page\.tsx?$/.test(f)).map(toUrlPath);
const routes = files
  .filter((f) => /[/\\]route\.tsx?$/.test(f))
  .map((f) => ({ path: toUrlPath(f), methods: exportedMethods(f) }));

test.use({ storageState: { cookies: [], origins: [] } });

test("the walk finds the routes we know of (so it cannot silently find nothing)", () => {
  expect(pages).toEqual(expect.arrayContaining(["/", "/login", "/inbox", "/conversations/%2B33612345678"]));
  expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(["/api/messages", "/api/health"]));
  expect(routes.find((r) => r.path === "/api/messages")?.methods).toEqual(["GET"]);
});

test("an invitation page with an unknown token opens no form and shows no data", async ({ request }) => {
  const res = await request.get("/invite/sample", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain("This invitation cannot be used");
  expect(html).not.toMatch(/type="password"|Grand Compte/);
});

test("a shared-link page needs no session, and an unknown token gets the plain 404 page", async ({ request }) => {
  const shared = pages.filter((p) => SHARED_PAGES.test(p));
  expect(shared).toEqual(["/s/sample"]);
  const res = await request.get("/s/sample", { maxRedirects: 0 });
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain("This link has expired or was revoked.");
});

for (const path of pages.filter((p) => !PUBLIC_PAGES.has(p) && !SHARED_PAGES.test(p))) {
  test(`page ${decodeURIComponent(path)} redirects to /login without a session`, async ({ request }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(new URL(res.headers().location ?? "", "http://x").pathname).toBe("/login");
    expect(await res.text()).not.toMatch(/Grand Compte|messages/i);
  });
}

test("the bench-only floor route does not exist in a production build: 404, with or without a session cookie", async ({
  request,
}) => {
  expect(routes.map((r) => r.path)).toContain(BENCH_ONLY);
  for (const cookie of [undefined, "authjs.session-token=anything"]) {
    const res = await request.get(BENCH_ONLY, { maxRedirects: 0, headers: cookie ? { cookie } : {} });
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toMatch(/"messages"/);
  }
});

for (const { path, methods } of routes.filter(
  (r) => r.path !== BENCH_ONLY && !PUBLIC_API.some((re) => re.test(r.path)),
)) {
  test(`API ${path} answers 401 without a session`, async ({ request }) => {
    expect(methods.length, `${path} exports no HTTP method the test recognises`).toBeGreaterThan(0);
    for (const method of methods) {
      const res = await request.fetch(`${path}?phone_number=%2B33612345678`, { method, maxRedirects: 0 });
      expect(res.status(), `${method} ${path}`).toBe(401);
      expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    }
  });
}

test("a forged or expired session cookie is no session", async ({ request }) => {
  const res = await request.get("/api/messages?phone_number=%2B33612345678", {
    headers: { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged" },
  });
  expect(res.status()).toBe(401);
});
