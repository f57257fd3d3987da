import type { Page } from "@playwright/test";
import { OIDC_ISSUER, OIDC_LABEL } from "../support/env";

/** The SSO button on our login page, then the test provider's development login form. */
export async function signInWithSso(page: Page, email: string) {
  await page.getByRole("button", { name: OIDC_LABEL }).click();
  await page.waitForURL((url) => url.origin === OIDC_ISSUER);
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}
