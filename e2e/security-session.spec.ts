import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { AGENT, SHORT_APP_URL, SHORT_SESSION_SECONDS } from "./support/env";

// Sign-out, session expiry and wrong-password throttling.
test.use({ storageState: { cookies: [], origins: [] } });

const MESSAGES = "/api/messages?phone_number=%2B33612345678&per_page=1";

/** A fetch from inside the page, as the app's own code would make it. */
function fetchStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: "same-origin" })).status, url);
}

test("sign-out is one click, and a tab left open can no longer fetch data", async ({ page, context }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(/\/inbox/);
  const otherTab = await context.newPage();
  await otherTab.goto("/conversations/+33612345678");
  expect(await fetchStatus(otherTab, MESSAGES)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);

  expect(await fetchStatus(otherTab, MESSAGES)).toBe(401);
  await otherTab.reload();
  await expect(otherTab).toHaveURL(/\/login\?callbackUrl=/);
});

test("a session ends after its configured lifetime, however active it was", async ({ page }) => {
  test.slow();
  // A second instance of the app, started with INBOX_SESSION_SECONDS (playwright.config.ts).
  await page.goto(`${SHORT_APP_URL}/login`);
  // Taken before the click: the server's sign-in time is no earlier than this.
  const beforeSignIn = Date.now();
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(`${SHORT_APP_URL}/inbox`);
  // Used about once a second until it ends: each answer re-issues the cookie, which must not extend it.
  const statuses: number[] = [];
  await expect
    .poll(
      async () => {
        const status = await fetchStatus(page, `${SHORT_APP_URL}${MESSAGES}`);
        statuses.push(status);
        return status;
      },
      { timeout: (SHORT_SESSION_SECONDS + 20) * 1000, intervals: [1000] },
    )
    .toBe(401);
  // Not before its time (the sign-in time is kept in whole seconds: up to one second early).
  expect(Date.now() - beforeSignIn).toBeGreaterThanOrEqual((SHORT_SESSION_SECONDS - 1) * 1000);
  // And in use all along: every earlier answer was data.
  expect(statuses.length).toBeGreaterThan(2);
  expect(statuses.slice(0, -1)).toEqual(statuses.slice(0, -1).map(() => 200));
  await page.goto(`${SHORT_APP_URL}/inbox`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("repeated wrong passwords are slowed, then refused, without saying whether the account exists", async ({
  page,
}) => {
  test.slow();
  // A made-up account and a made-up client address, so no other test is locked out.
  const email = `nobody-${randomUUID().slice(0, 8)}@acme.example`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  const login = new LoginPage(page);
  await login.goto();
  const durations: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = Date.now();
    const answered = page.waitForResponse((res) => res.request().method() === "POST" && res.url().includes("/login"));
    await login.signIn(email, `wrong-${i}`);
    await answered;
    durations.push(Date.now() - started);
    await login.expectError("Wrong email or password.");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  }
  // Each failure makes the next answer slower (0, 0.25, 0.5, 1, 2 s of added delay).
  // Only lower bounds: a loaded machine can slow any answer, never speed one up.
  expect(durations[3]).toBeGreaterThan(900);
  expect(durations[4]).toBeGreaterThan(1900);
  expect(durations[4]).toBeGreaterThan(durations[3] ?? 0);
  await login.signIn(email, "wrong-again");
  await login.expectError(/^Too many attempts\. Try again in 15 minutes\.$/);
});
