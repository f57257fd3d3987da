import { expect, test, type Page } from "@playwright/test";
import { ThreadPage } from "./pages/thread-page";

// TanStack Virtual is not in the first load (docs/decisions/deferred-virtualizer.md):
// until its chunk arrives the thread and the list are plain rows, readable at the
// newest message, and the virtual version takes over without moving anything.

const MEDIUM = "+33612340400"; // "Archives Bellamy": 400 messages, "#1" … "#400"

/** Holds every script that holds the virtualizer until `release()`; counts them. */
async function holdVirtualizer(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = { count: 0 };
  await page.route(
    (url) => url.pathname.startsWith("/_next/static/chunks/") && url.pathname.endsWith(".js"),
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      // The virtualizer's own method names survive minification.
      if (body.includes("getVirtualItems")) {
        held.count++;
        await released;
      }
      await route.fulfill({ response, body });
    },
  );
  return { held, release };
}

test("until the virtualizer arrives the thread shows its newest messages, and the swap does not move them", async ({
  page,
}, testInfo) => {
  const { held, release } = await holdVirtualizer(page);
  const thread = new ThreadPage(page);
  await thread.goto(MEDIUM);
  const newest = thread.messageWithText(/#400\b/);
  await expect(newest).toBeInViewport();
  await expect.poll(() => held.count).toBeGreaterThan(0);
  // Plain rows: the first page only, in normal flow (no virtual rows in the log or the list).
  expect(await page.locator("[data-index]").count()).toBe(0);
  expect(await thread.domMessageCount()).toBeLessThanOrEqual(50);
  await testInfo.attach("before the virtualizer", { body: await page.screenshot(), contentType: "image/png" });
  // At the bottom, and kept there while the page settles.
  const fromBottom = () => thread.log.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);
  await expect.poll(fromBottom).toBeLessThanOrEqual(2);
  const before = (await newest.getAttribute("data-message-id"))!;
  const y = (await thread.offsetInLog(before))!;

  release();
  await thread.ready();
  await expect(thread.message(before)).toBeInViewport();
  await expect.poll(async () => Math.abs((await thread.offsetInLog(before))! - y)).toBeLessThanOrEqual(3);
  await testInfo.attach("virtualized", { body: await page.screenshot(), contentType: "image/png" });
});

test("until the virtualizer arrives the list shows its first rows and keeps the scroll position at the swap", async ({
  page,
}) => {
  const { held, release } = await holdVirtualizer(page);
  await page.goto("/inbox");
  const list = page.getByRole("navigation", { name: "Conversations" });
  const rows = list.locator("li");
  await expect(rows.first()).toBeVisible();
  await expect.poll(() => held.count).toBeGreaterThan(0);
  expect(await list.locator("[data-index]").count()).toBe(0);
  const plainRows = await rows.count();
  expect(plainRows).toBeGreaterThan(10);
  expect(plainRows).toBeLessThanOrEqual(40);
  // Scrolled a little, a row near the top of the view must stay where it is once virtualized.
  const scroller = list.locator("div.overflow-y-auto");
  await scroller.evaluate((el) => (el.scrollTop = 300));
  const row = rows.nth(6).getByRole("link");
  const href = (await row.getAttribute("href"))!;
  const top = (await row.boundingBox())!.y;

  release();
  await expect(list.locator("[data-index]").first()).toBeAttached();
  const same = list.locator(`a[href="${href}"]`);
  await expect.poll(async () => Math.abs(((await same.boundingBox())?.y ?? Infinity) - top)).toBeLessThanOrEqual(3);
});
