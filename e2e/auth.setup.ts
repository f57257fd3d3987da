import { expect, test as setup } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { AGENT, STORAGE_STATE } from "./support/env";

setup("sign in as the agent and keep the session", async ({ page }) => {
  // Every other test waits on this one: give the first, cold sign-in (scrypt is slow by design) room.
  setup.slow();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(/\/inbox/, { timeout: 30_000 });
  await page.context().storageState({ path: STORAGE_STATE });
});
