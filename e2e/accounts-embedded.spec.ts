import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { AGENT, APP_PORT } from "./support/env";

// With the embedded store (no DATABASE_URL, the default) the account check's answers
// are kept in the server's memory until an account changes (lib/accounts/verdict-cache.ts).
// An admin's change made through one route must still end the agent's session at
// their very next request, whichever bundle serves it.

test.use({ storageState: { cookies: [], origins: [] } });

const PORT = APP_PORT + 39; // e2e/support/env.ts lists the offsets in use
const ADMIN = {
  email: "eve.admin@acme.example",
  name: "Eve Admin",
  password: "admin-password-39",
  role: "admin" as const,
};
const MESSAGES = "/api/messages?phone_number=%2B33612345678&per_page=1";
let app: AppInstance | undefined;

test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${app!.url}/login`);
  await new LoginPage(page).signIn(who.email, who.password);
  await expect(page).toHaveURL(`${app!.url}/inbox`);
}

const status = (page: Page, path: string, init?: RequestInit) =>
  page.evaluate(async ([p, i]) => (await fetch(p, i)).status, [path, init] as const);

function setDisabled(admin: Page, disabled: boolean) {
  return status(admin, "/api/admin/agents", {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: AGENT.email, disabled }),
  });
}

test("an agent disabled by an admin is signed out at their next request, and comes back once enabled", async ({
  browser,
}) => {
  test.slow(); // starts its own instance of the app
  app = await startAppInstance(PORT, { AUTH_TRUST_HOST: "true" }, [AGENT, ADMIN]);
  const agentContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const adminContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const agent = await agentContext.newPage();
    const admin = await adminContext.newPage();
    await signIn(agent, AGENT);
    await signIn(admin, ADMIN);
    // Several requests: the verdict is kept after the first.
    for (const path of [MESSAGES, MESSAGES, "/api/search?q=zz"]) expect(await status(agent, path)).not.toBe(401);

    expect(await setDisabled(admin, true)).toBe(200);
    expect(await status(agent, MESSAGES)).toBe(401);
    await agent.goto(`${app.url}/inbox`);
    await expect(agent).toHaveURL(/\/login\?callbackUrl=/);
    await new LoginPage(agent).signIn(AGENT.email, AGENT.password);
    await new LoginPage(agent).expectError("Wrong email or password.");

    expect(await setDisabled(admin, false)).toBe(200);
    await signIn(agent, AGENT);
    expect(await status(agent, MESSAGES)).toBe(200);
    // The admin's own session was never touched.
    expect(await status(admin, MESSAGES)).toBe(200);
  } finally {
    await agentContext.close();
    await adminContext.close();
  }
});
