import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { signInWithSso } from "./pages/sso-page";
import { OIDC_LABEL, OUTSIDER_AGENT, OUTSIDER_EMAIL, SSO_AGENT_EMAIL, SSO_APP_URL } from "./support/env";

// Single sign-on against a real OpenID Connect provider (e2e/support/oidc-server.ts)
// and INBOX_ALLOWED_EMAILS, for both sign-in methods.
test.use({ storageState: { cookies: [], origins: [] }, baseURL: SSO_APP_URL });

const NOT_ALLOWED = /This account is not allowed in this inbox/;

test("the login page offers exactly the configured methods", async ({ page }) => {
  await new LoginPage(page).goto();
  await expect(page.getByRole("button", { name: OIDC_LABEL })).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
});

test("an allowed SSO identity signs in and lands on the page it asked for", async ({ page, request }) => {
  await page.goto("/conversations/+33612345678");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signInWithSso(page, SSO_AGENT_EMAIL);
  await expect(page).toHaveURL(`${SSO_APP_URL}/conversations/+33612345678`);
  const session = await page.request.get("/api/auth/session");
  expect((await session.json()).user.email).toBe(SSO_AGENT_EMAIL);
  expect((await page.request.get("/api/messages?phone_number=%2B33612345678&per_page=1")).status()).toBe(200);
  // The session belongs to the browser, not to the signed-out API client.
  expect((await request.get("/api/messages?phone_number=%2B33612345678")).status()).toBe(401);
});

test("an SSO identity outside the allow-list is refused with a plain page and no session", async ({ page }) => {
  await new LoginPage(page).goto("/inbox");
  await signInWithSso(page, OUTSIDER_EMAIL);
  await expect(page).toHaveURL(/\/login\?error=AccessDenied/);
  await expect(page.getByRole("alert", { name: "Sign-in refused" })).toContainText(NOT_ALLOWED);
  expect((await page.request.get("/api/messages?phone_number=%2B33612345678")).status()).toBe(401);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a password account outside the allow-list is refused the same way, even with the right password", async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(OUTSIDER_AGENT.email, OUTSIDER_AGENT.password);
  await expect(page).toHaveURL(/\/login\?error=AccessDenied/);
  await expect(page.getByRole("alert", { name: "Sign-in refused" })).toContainText(NOT_ALLOWED);
  expect((await page.request.get("/api/messages?phone_number=%2B33612345678")).status()).toBe(401);
});

test("SSO never redirects off-site after sign-in", async ({ browser }) => {
  for (const target of ["https://evil.example/x", "//evil.example/x"]) {
    // A fresh context each time: clearing cookies races with requests that renew the session.
    const context = await browser.newContext({ baseURL: SSO_APP_URL, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await new LoginPage(page).goto(target);
    await signInWithSso(page, SSO_AGENT_EMAIL);
    await expect(page).toHaveURL(new RegExp(`^${SSO_APP_URL}/inbox`));
    await context.close();
  }
});
