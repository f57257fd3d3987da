import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { addSimMessage, IndexedInboxPage, uniquePhone } from "./pages/indexed-inbox-page";
import { AGENT, INDEXED_APP_URL, INDEXED_SIM_URL, SECOND_AGENT } from "./support/env";

// The inbox list from the message index (issue 11), in the indexed world: an app with the
// index on, syncing every second from its own simulator. Every test adds its own contacts
// (unique phone numbers) and waits for the sync with expect.poll / toPass, never a sleep.

const SYNC = { timeout: 20_000 };

async function signInAs(browser: Browser, agent: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`${INDEXED_APP_URL}/login`);
  await new LoginPage(page).signIn(agent.email, agent.password);
  await expect(page).toHaveURL(/\/inbox/, { timeout: 30_000 });
  return page;
}

test("unread counts are per agent; reading clears them and Mark as unread brings them back", async ({
  page,
  browser,
}) => {
  test.slow();
  const phone = uniquePhone();
  await addSimMessage(page, { phone, name: "Unread Umberto" });
  await addSimMessage(page, { phone, name: "Unread Umberto", text: "A second question" });
  const alex = new IndexedInboxPage(page);
  await alex.goto();
  await expect(alex.unread(phone)).toHaveText("2", SYNC);

  const blakePage = await signInAs(browser, SECOND_AGENT);
  const blake = new IndexedInboxPage(blakePage);
  await blake.goto();
  await expect(blake.unread(phone)).toHaveText("2", SYNC);

  // Alex reads the conversation: Alex's count goes, Blake's stays.
  await alex.row(phone).click();
  await expect(page).toHaveURL(/\/conversations\//);
  await expect(page.getByRole("log").getByText("A second question")).toBeVisible();
  await expect(alex.unread(phone)).toHaveCount(0, SYNC);
  await blakePage.reload();
  await expect(blake.unread(phone)).toHaveText("2", SYNC);

  // Mark as unread: the count comes back for Alex, in the list beside the thread.
  await page.getByTestId("mark-unread").click();
  await expect(page.getByRole("status").filter({ hasText: "Marked as unread" })).toBeAttached();
  await expect(alex.unread(phone)).toHaveText("2", SYNC);
  await page.goto(`${INDEXED_APP_URL}/inbox`);
  await expect(alex.unread(phone)).toHaveText("2", SYNC);
  await blakePage.context().close();
});

test("each filter and the channel filter show the right conversations, with counts", async ({ page }) => {
  test.slow();
  const awaiting = uniquePhone();
  const failed = uniquePhone();
  const mine = uniquePhone();
  await addSimMessage(page, { phone: awaiting, name: "Awaiting Ada", channel: "whatsapp" });
  const failedId = await addSimMessage(page, { phone: failed, name: "Failed Fabien", direction: "outbound" });
  const patch = await page.request.patch(`${INDEXED_SIM_URL}/__sim/messages/${failedId}`, {
    data: { delivery_status: "NOT_DELIVERED" },
  });
  expect(patch.status()).toBe(200);
  // "Mine" matches the account's name, whatever its case.
  await addSimMessage(page, { phone: mine, name: "Mine Mona", direction: "outbound", agent: AGENT.name.toUpperCase() });

  const inbox = new IndexedInboxPage(page);
  const shows = async (query: string, present: string[], absent: string[]) => {
    await inbox.goto(query);
    for (const key of present) await expect(inbox.row(key)).toBeVisible(SYNC);
    for (const key of absent) await expect(inbox.row(key)).toHaveCount(0);
  };
  await shows("", [awaiting, failed, mine], []);
  await shows("?filter=unread", [awaiting], [failed, mine]);
  await shows("?filter=awaiting", [awaiting], [failed, mine]);
  await shows("?filter=failed", [failed], [awaiting, mine]);
  await shows("?filter=mine", [mine], [awaiting, failed]);
  await shows("?channel=whatsapp", [awaiting], [failed, mine]);
  await shows("?filter=awaiting&channel=sms", [], [awaiting, failed, mine]);

  // Each chip's count is the server's count for this agent.
  await inbox.goto();
  await expect(async () => {
    const summary = (await (await page.request.get(`${INDEXED_APP_URL}/api/inbox/summary`)).json()) as {
      filters: Record<string, number>;
    };
    expect(await inbox.filterCount("All")).toBe(summary.filters.all);
    expect(await inbox.filterCount("Unread")).toBe(summary.filters.unread);
    expect(await inbox.filterCount("Awaiting reply")).toBe(summary.filters.awaiting);
    expect(await inbox.filterCount("Failed")).toBe(summary.filters.failed);
    expect(await inbox.filterCount("Mine")).toBe(summary.filters.mine);
    expect(summary.filters.failed).toBeGreaterThanOrEqual(1);
    expect(summary.filters.mine).toBeGreaterThanOrEqual(1);
  }).toPass(SYNC);
  await expect(inbox.channel.locator("option", { hasText: /^WhatsApp \(\d+\)$/ })).toHaveCount(1);
});

test("the filter lives in the URL: reload and links into a thread keep it; an unknown one is All", async ({ page }) => {
  const phone = uniquePhone();
  await addSimMessage(page, { phone, name: "Round Trip Rita", channel: "whatsapp" });
  const inbox = new IndexedInboxPage(page);
  await inbox.goto();
  await inbox.filter("Unread").click();
  await expect(page).toHaveURL(`${INDEXED_APP_URL}/inbox?filter=unread`);
  await inbox.channel.selectOption("whatsapp");
  await expect(page).toHaveURL(`${INDEXED_APP_URL}/inbox?filter=unread&channel=whatsapp`);
  await page.reload();
  await expect(inbox.filter("Unread")).toHaveAttribute("aria-current", "true");
  await expect(inbox.channel).toHaveValue("whatsapp");

  await inbox.row(phone).click(SYNC);
  await expect(page).toHaveURL(/\/conversations\/\+337\d+\?filter=unread&channel=whatsapp$/);
  await expect(inbox.filter("Unread")).toHaveAttribute("aria-current", "true");
  await expect(inbox.channel).toHaveValue("whatsapp");

  const res = await page.goto(`${INDEXED_APP_URL}/inbox?filter=starred&channel=%3Cb%3E`);
  expect(res?.status()).toBe(200);
  await expect(inbox.filter("All")).toHaveAttribute("aria-current", "true");
  await expect(inbox.channel).toHaveValue("");
});

test("French names for the filters", async ({ page }) => {
  await page.context().addCookies([{ name: "inbox-locale", value: "fr", url: INDEXED_APP_URL }]);
  await page.goto(`${INDEXED_APP_URL}/inbox`);
  const filters = page.getByTestId("list-filters");
  for (const name of ["Toutes", "Non lues", "En attente de réponse", "En échec", "Les miennes"])
    await expect(filters.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
});

test("axe finds nothing on the list with its filters, on a wide screen and a 390 px phone", async ({ page }) => {
  const inbox = new IndexedInboxPage(page);
  await inbox.goto("?filter=unread");
  await expect(inbox.list.locator("a[data-contact-key]").first()).toBeVisible(SYNC);
  const wide = await new AxeBuilder({ page }).include("nav").analyze();
  expect(wide.violations).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await inbox.goto("?filter=awaiting&channel=sms");
  const phone = await new AxeBuilder({ page }).analyze();
  expect(phone.violations).toEqual([]);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a new inbound message raises the count and the tab title without a reload, and notifies", async ({ page }) => {
  test.slow();
  // Record notifications instead of showing them (the browser's own UI cannot be read).
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class FakeNotification {
      static permission = "default";
      static requestPermission() {
        FakeNotification.permission = "granted";
        return Promise.resolve("granted");
      }
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? "" });
      }
    }
    Object.assign(window, { Notification: FakeNotification, shownNotifications: shown });
  });
  const inbox = new IndexedInboxPage(page);
  await inbox.goto();
  const toggle = page.getByTestId("notifications-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  const titleCount = async () => Number(/^\((\d+)\)/.exec(await page.title())?.[1] ?? 0);
  // Let the first summary settle, then note the count.
  await expect.poll(() => page.evaluate(() => document.title)).toMatch(/Octopush Inbox/);
  const before = await titleCount();
  const phone = uniquePhone();
  await addSimMessage(page, { phone, name: "Live Léa", text: "secret order 99812" });
  await expect(inbox.unread(phone)).toHaveText("1", SYNC);
  await expect.poll(titleCount, SYNC).toBeGreaterThan(before);
  await addSimMessage(page, { phone, name: "Live Léa", text: "still there?" });
  await expect(inbox.unread(phone)).toHaveText("2", SYNC);

  await expect
    .poll(
      () => page.evaluate(() => (window as unknown as { shownNotifications: { body: string }[] }).shownNotifications),
      SYNC,
    )
    .toContainEqual({ title: "New message", body: "New message from Live Léa" });
  const bodies = await page.evaluate(() =>
    JSON.stringify((window as unknown as { shownNotifications: unknown }).shownNotifications),
  );
  expect(bodies).not.toContain("99812");
});
