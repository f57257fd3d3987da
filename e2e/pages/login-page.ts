import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Waits until React has hydrated the element (it keeps its fiber on the DOM node). A submit
 * clicked while the page hydrates could be lost on a cold server (the sign-in stayed on
 * /login); before hydration and after it, the form works (the no-JS path posts the server
 * action itself).
 */
export async function waitForHydration(element: Locator) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  }

  async signIn(email: string, password: string) {
    await waitForHydration(this.page.locator("form").filter({ has: this.page.getByLabel("Password") }));
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async expectError(text: RegExp | string) {
    // Next.js has its own (empty) route-announcer alert outside <main>.
    await expect(this.page.getByRole("main").getByRole("alert")).toContainText(text);
  }
}
