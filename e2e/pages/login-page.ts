import { expect, type Page } from "@playwright/test";
import { waitForHydration } from "../support/hydration";

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
