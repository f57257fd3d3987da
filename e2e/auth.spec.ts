import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { AGENT, APP_URL } from "./support/env";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(AGENT.email, "not-the-password");
    await login.expectError("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
    await login.signIn("nobody@acme.example", "not-the-password");
    await login.expectError("Wrong email or password.");
  });

  test("the API answers 401 without a session; health and readiness answer without one", async ({ request }) => {
    const res = await request.get("/api/messages?phone_number=%2B33612345678");
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", mode: "live" });
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(ready.headers()["cache-control"]).toBe("no-store");
    // The main e2e instance runs without REDIS_URL, on its own embedded store.
    expect(await ready.json()).toEqual({
      status: "ready",
      database: "ok",
      cache: "memory",
      index: expect.objectContaining({ status: "off" }),
    });
  });

  test("a page asked for while signed out opens after sign-in", async ({ page }) => {
    await page.goto("/conversations/+33612345678");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await new LoginPage(page).signIn(AGENT.email, AGENT.password);
    await expect(page).toHaveURL(/\/conversations\/\+33612345678$/);
  });

  test("sign-in never redirects off-site", async ({ browser }) => {
    for (const target of ["https://evil.example/x", "//evil.example/x"]) {
      // A fresh context each time: clearing cookies races with the inbox's own
      // requests, whose answers may renew the session cookie.
      const context = await browser.newContext({ baseURL: APP_URL, storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await new LoginPage(page).goto(target);
      await new LoginPage(page).signIn(AGENT.email, AGENT.password);
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/inbox/);
      await context.close();
    }
  });
});
