import { expect, test as setup } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { AGENT, STORAGE_STATE } from "./support/env";

setup("sign in as the agent and keep the session", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(/\/inbox/);
  await page.context().storageState({ path: STORAGE_STATE });
});
