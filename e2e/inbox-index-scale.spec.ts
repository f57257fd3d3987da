import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { AGENT, APP_PORT, E2E_AUTH_SECRET } from "./support/env";
import { fillIndexedStore, filledName } from "./support/index-fill";

// The list from the index stays light with 10,000 conversations: an instance of its own
// (port offset +71) whose store is filled through the index's write path, not by a sync.
// Its Octopush is a closed port and its sync interval an hour: nothing changes the rows.

const PORT = APP_PORT + 71;
const DATA_DIR = resolve(`.e2e/data-index-scale`);
const COUNT = 10_000;
let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await fillIndexedStore(DATA_DIR, [AGENT], COUNT);
  app = await startAppInstance(PORT, {
    INBOX_DATA_DIR: DATA_DIR,
    INBOX_INDEX: "on",
    INBOX_SYNC_INTERVAL_MS: "3600000",
    OCTOPUSH_BASE_URL: "http://127.0.0.1:9/v1/public",
    // The shared instances' secret: the agent's saved cookie works here too.
    AUTH_SECRET: E2E_AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
  });
});
test.afterAll(async () => app?.stop());

test("scrolling 10,000 conversations keeps the list's DOM bounded and reaches the oldest", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`${app.url}/inbox`);
  await expect(page.getByTestId("list-total")).toHaveText("10,000 conversations");
  const list = page.getByTestId("conversation-list-scroll");
  const rows = list.locator("li");
  await expect(rows.first()).toContainText(filledName(COUNT - 1));

  const furthest = () =>
    rows.evaluateAll((items) => Math.max(...items.map((li) => Number(li.getAttribute("aria-posinset") ?? 0))));
  let most = 0;
  let last = 0;
  while (last < COUNT) {
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const before = last;
    await expect.poll(furthest, { timeout: 15_000 }).toBeGreaterThan(before);
    last = await furthest();
    most = Math.max(most, await rows.count());
  }
  // The oldest conversation is reached, and at no point were more than a screenful and the overscan rendered.
  expect(last).toBe(COUNT);
  await expect(list.locator("a", { hasText: filledName(0) })).toBeVisible();
  expect(most).toBeLessThanOrEqual(40);
  expect(await page.locator("a[data-contact-key]").count()).toBeLessThanOrEqual(40);
});
