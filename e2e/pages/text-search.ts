import { expect, type Locator, type Page } from "@playwright/test";

// Search by name and text (the message index on): the field is a combobox whose
// listbox holds one option per conversation found.
export class TextSearch {
  readonly field: Locator;
  readonly results: Locator;
  readonly options: Locator;
  /** "No message matches…", "Type at least 2…": what the panel says instead of results. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.field = page.getByRole("combobox", { name: "Search" });
    this.results = page.getByRole("listbox", { name: "Conversations" });
    this.options = this.results.getByRole("option");
    this.status = page.getByTestId("search-text-status");
  }

  async goto() {
    await this.page.goto("/inbox");
    await expect(this.field).toBeVisible();
  }

  async type(text: string) {
    await this.field.fill(text);
  }

  option(text: string | RegExp): Locator {
    return this.options.filter({ hasText: text });
  }
}
