import { expect, type Locator, type Page } from "@playwright/test";

// The inbox as an agent sees it: the search field in the top bar and the
// conversation list beside the page.
export class InboxPage {
  readonly search: Locator;
  readonly understood: Locator;
  readonly facebookToggle: Locator;
  /** The message under the field after Enter on input it cannot read. */
  readonly searchError: Locator;
  readonly list: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    // A combobox where the message index is on (text search: e2e/pages/text-search.ts).
    this.search = page.getByRole("searchbox", { name: "Search" }).or(page.getByRole("combobox", { name: "Search" }));
    this.understood = page.getByTestId("search-understood");
    this.facebookToggle = page.getByRole("button", { name: "Facebook id", exact: true });
    this.searchError = page.getByRole("search").getByRole("alert");
    this.list = page.getByRole("navigation", { name: "Conversations" });
    this.rows = this.list.getByRole("link");
  }

  async goto() {
    await this.page.goto("/inbox");
    await expect(this.rows.first()).toBeVisible();
    // The first rows are the server's HTML, so they show before the page hydrates, and a key
    // pressed then is lost. The virtual rows ([data-index]) take over only after hydration
    // (docs/decisions/deferred-virtualizer.md): from then on j/k and the shortcuts answer.
    await expect(this.list.locator("[data-index]").first()).toBeAttached();
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** Types into the search field (optionally as a Facebook id) without pressing Enter. */
  async type(text: string, options: { facebook?: boolean } = {}) {
    await this.search.fill(text);
    if (options.facebook) await this.facebookToggle.click();
  }

  async searchFor(text: string, options: { facebook?: boolean } = {}) {
    await this.type(text, options);
    await this.search.press("Enter");
  }
}
