import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse } from "@playwright/test";
import { APP_URL } from "./support/env";

// Security headers on pages, API answers and static files, and proof that
// another site cannot frame the app.

function expectFixedHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\).*usb=\(\)/);
  expect(h["strict-transport-security"]).toBeUndefined(); // plain http here
}

function scriptSrc(csp: string): string {
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? ""
  );
}

test("pages carry a strict CSP with a fresh nonce that Next puts on every script", async ({ request, playwright }) => {
  const nonces = new Set<string>();
  const anonymous = await playwright.request.newContext({
    baseURL: APP_URL,
    storageState: { cookies: [], origins: [] },
  });
  for (const [client, path] of [
    [anonymous, "/login"],
    [request, "/inbox"],
    [request, "/conversations/+33612345678"],
  ] as const) {
    const res = await client.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expectFixedHeaders(res);
    const csp = res.headers()["content-security-policy"] ?? "";
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"])
      expect(csp).toContain(d);
    expect(csp).toMatch(/form-action 'self'/);
    const src = scriptSrc(csp);
    expect(src).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
    expect(src).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(src)?.[1] ?? "";
    nonces.add(nonce);
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
  await anonymous.dispose();
});

test("API answers, signed in or not, and static files carry the headers too", async ({ request, playwright }) => {
  const ok = await request.get("/api/messages?phone_number=%2B33612345678&per_page=1");
  expect(ok.status()).toBe(200);
  expectFixedHeaders(ok);
  expect(ok.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(ok.headers()["cache-control"]).toContain("no-store");

  const anonymous = await playwright.request.newContext({
    baseURL: APP_URL,
    storageState: { cookies: [], origins: [] },
  });
  for (const path of ["/api/messages?phone_number=%2B33612345678", "/api/health"]) {
    const res = await anonymous.get(path);
    expectFixedHeaders(res);
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
  const redirect = await anonymous.get("/inbox", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectFixedHeaders(redirect);

  const login = await anonymous.get("/login");
  const asset = /\/_next\/static\/[^"]+\.js/.exec(await login.text())?.[0];
  expect(asset).toBeTruthy();
  const staticRes = await anonymous.get(asset as string);
  expect(staticRes.status()).toBe(200);
  expectFixedHeaders(staticRes);
  await anonymous.dispose();
});

test("HSTS is sent when the request came over HTTPS (through a proxy)", async ({ request }) => {
  const res = await request.get("/login", { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 });
  expect(res.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  // A data route that proxy.ts skips gets it from next.config.js; plain http gets none.
  const api = await request.get("/api/messages?phone_number=%2B33612345678&per_page=1", {
    headers: { "x-forwarded-proto": "https" },
  });
  // No AUTH_URL here: over https Auth.js looks for the __Secure- cookie, so this is a 401, with the headers all the same.
  expect(api.status()).toBe(401);
  expect(api.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  const plain = await request.get("/api/search?q=zz");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("pages run under the CSP without a single violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto("/inbox");
  await page.goto("/conversations/+33612345678");
  await expect(page.getByRole("button", { name: "Sign out" }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test.describe("framing", () => {
  let server: Server;
  let origin = "";

  test.beforeAll(async () => {
    // Another origin (another port) that tries to show the app in an iframe.
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<!doctype html><title>evil</title><iframe id="app" src="${APP_URL}/login" width="800" height="600"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test("another site cannot frame the app", async ({ page }) => {
    const framed = page.waitForResponse((res) => res.url().startsWith(`${APP_URL}/login`));
    await page.goto(origin);
    const res = await framed;
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    // Wait for the frame to finish its navigation (it starts at about:blank), then see where it ended.
    const frameUrl = () =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url() ?? "";
    await expect.poll(frameUrl).not.toMatch(/^(about:blank)?$/);
    // Blocked: Chromium swaps in its error page; the app's form never renders.
    expect(frameUrl()).not.toBe(`${APP_URL}/login`);
    await expect(page.frameLocator("#app").getByLabel("Email")).toHaveCount(0);
  });
});
