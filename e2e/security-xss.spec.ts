import { expect, test, type Page } from "@playwright/test";
import { SIM_URL } from "./support/env";

// The simulator's "XSS Tester <img src=x onerror=alert(1)>" contact carries
// payloads (script tags, event handlers, javascript: links, SVG, entities) in its
// name and its messages (simulator/seed-texts.ts XSS_TEXTS). Rendered in the
// thread, the inbox list and the header, they stay text.

interface SeedContact {
  name: string;
  phoneNumber: string | null;
  email: string | null;
  conversations: { conversationId: string }[];
}

async function xssContact(): Promise<SeedContact> {
  const seed = (await (await fetch(`${SIM_URL}/__sim/seed`)).json()) as { contacts: SeedContact[] };
  const contact = seed.contacts.find((c) => c.name.includes("onerror"));
  if (!contact) throw new Error("the simulator has no XSS contact");
  return contact;
}

/** Fails the test on any dialog, and checks no payload became markup or a script URL. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page) {
  await expect(page.locator("img[src='x'], img[src=x]")).toHaveCount(0);
  await expect(page.locator("main script, main svg[onload], main iframe, main [onerror], main [onload]")).toHaveCount(
    0,
  );
  await expect(page.locator("b", { hasText: "entities" })).toHaveCount(0);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
}

test("payloads in a thread and its header are shown as text", async ({ page }) => {
  const contact = await xssContact();
  const dialogs = watchDialogs(page);
  for (const key of [contact.phoneNumber, contact.conversations[0]?.conversationId].filter((k): k is string =>
    Boolean(k),
  )) {
    await page.goto(`/conversations/${encodeURIComponent(key)}`);
    // The contact's name, angle brackets and all, is the header's text.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS Tester <img src=x onerror=alert(1)>");
    await expect(page.getByText("<script>alert(1)</script>").first()).toBeVisible();
    await expect(page.getByText("<svg onload=alert(1)>").first()).toBeVisible();
    await expect(page.getByText("&lt;b&gt;entities&lt;/b&gt;").first()).toBeVisible();
    await expect(page.getByText("javascript:alert(1)").first()).toBeVisible();
    await expectInert(page);
  }
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test("payloads in the inbox list and search are shown as text", async ({ page }) => {
  const contact = await xssContact();
  const dialogs = watchDialogs(page);
  await page.goto("/inbox");
  const search = page
    .getByRole("searchbox")
    .or(page.getByRole("textbox", { name: /search/i }))
    .first();
  await search.fill(contact.email ?? contact.phoneNumber ?? "");
  await search.press("Enter");
  await expect(page.getByText("XSS Tester <img src=x onerror=alert(1)>").first()).toBeVisible();
  await expectInert(page);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
