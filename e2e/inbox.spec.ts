import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { InboxPage } from "./pages/inbox-page";
import { AGENT } from "./support/env";

test("the inbox lists many contacts, newest first, each with name, last message and channel", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  expect(await inbox.rows.count()).toBeGreaterThanOrEqual(8);
  // The simulator's newest message is Grand Compte's #10000, an SMS.
  const first = inbox.rows.first();
  await expect(first).toContainText("Grand Compte");
  await expect(first).toContainText("#10000");
  await expect(first.locator("[data-channel]")).toHaveText("SMS");
  await expect(first).toHaveAttribute("href", "/conversations/+33612345678");
  // Names with accents and other scripts, unknown channels shown by their raw name.
  await expect(inbox.row("Éloïse Müller")).toHaveCount(1);
  await expect(inbox.list.locator('[data-channel="telegram"]').first()).toBeVisible();
  // Each contact appears once however many of its messages were loaded.
  const keys = await inbox.rows.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(new Set(keys).size).toBe(keys.length);
});

test("the first HTML already holds the list (prefetched on the server)", async ({ page }) => {
  const res = await page.request.get("/inbox");
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain("Grand Compte");
  expect(html).toContain("#10000 ");
  expect(html).toContain('href="/conversations/+33612345678"');
});

test("scrolling to the end of the list loads older conversations", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  const heading = inbox.list.getByText(/\d+\+? recent/);
  const firstCount = Number((await heading.innerText()).match(/\d+/)?.[0]);
  for (let i = 0; i < 5; i++) {
    await inbox.rows.last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
  }
  await expect
    .poll(async () => Number((await heading.innerText()).match(/\d+/)?.[0]), { timeout: 15_000 })
    .toBeGreaterThan(firstCount);
});

test("/ focuses the search field, and Esc leaves it", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await page.locator("body").click({ position: { x: 900, y: 600 } });
  await page.keyboard.press("/");
  await expect(inbox.search).toBeFocused();
  await expect(inbox.search).toHaveValue("");
  await page.keyboard.type("0612");
  await page.keyboard.press("Escape");
  await expect(inbox.search).not.toBeFocused();
});

test("j/k move in the list, Enter opens, the open one is marked, Esc comes back to it", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await page.keyboard.press("j");
  await expect(inbox.rows.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(inbox.rows.nth(2)).toBeFocused();
  await page.keyboard.press("k");
  await expect(inbox.rows.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(inbox.rows.nth(2)).toBeFocused();
  const href = await inbox.rows.nth(2).getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href?.replace(/[+.]/g, "\\$&")}$`));
  const opened = inbox.list.locator('[aria-current="page"]');
  await expect(opened).toHaveCount(1);
  await expect(opened).toHaveAttribute("href", href ?? "");

  await page.locator("body").click({ position: { x: 900, y: 600 } });
  await page.keyboard.press("Escape");
  await expect(opened).toBeFocused();
});

test("clicking a row opens that conversation beside the list", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await inbox.row("Éloïse Müller").click();
  await expect(page).toHaveURL(/\/conversations\/\+33\d{9}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Éloïse Müller");
  await expect(inbox.list).toBeVisible();
  await expect(inbox.row("Éloïse Müller")).toHaveAttribute("aria-current", "page");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the inbox is the list; a conversation takes the screen with a way back", async ({ page }) => {
    const inbox = new InboxPage(page);
    await inbox.goto();
    await expect(inbox.search).toBeVisible();
    await expect(page.getByText("No conversation open")).toBeHidden();
    await inbox.rows.first().click();
    await expect(page).toHaveURL(/\/conversations\/\+33612345678$/);
    await expect(inbox.list).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Grand Compte");
    const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(noHorizontalScroll).toBe(true);
    await page.getByRole("link", { name: "All conversations" }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(inbox.list).toBeVisible();
  });
});

test("the top bar names the agent and signs out in one click", async ({ browser }) => {
  // A separate session, so signing out does not end the shared one.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const own = await context.newPage();
  await own.goto("/login");
  await own.getByLabel("Email").fill(AGENT.email);
  await own.getByLabel("Password").fill(AGENT.password);
  await own.getByRole("button", { name: "Sign in" }).click();
  await expect(own).toHaveURL(/\/inbox$/);
  await expect(own.getByRole("banner")).toContainText(AGENT.name);
  await expect(own.getByText("Demo data")).toHaveCount(0); // e2e runs in live mode
  await own.getByRole("button", { name: "Sign out" }).click();
  await expect(own).toHaveURL(/\/login/);
  await context.close();
});

test("/inbox has no accessibility violations (axe)", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await inbox.search.fill("hello");
  await inbox.search.press("Enter");
  const withError = await new AxeBuilder({ page }).analyze();
  expect(withError.violations.map((v) => v.id)).toEqual([]);
});
