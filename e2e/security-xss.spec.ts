import { expect, test, type Page } from "@playwright/test";
import { InboxPage } from "./pages/inbox-page";
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

const NAME = "XSS Tester <img src=x onerror=alert(1)>";

/** Collects alert/confirm/prompt dialogs: any one means a payload ran. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * The dialogs seen up to now. A dialog of our own goes through the same listener:
 * once it is recorded, any dialog a payload opened before it has been recorded too.
 */
async function dialogsSoFar(page: Page, dialogs: string[]): Promise<string[]> {
  await page.evaluate(() => alert("e2e-sentinel"));
  await expect.poll(() => dialogs.at(-1)).toBe("e2e-sentinel");
  return dialogs.slice(0, -1);
}

/** Checks no payload became markup or a script URL. */
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
    await expect(page.getByRole("heading", { level: 1 })).toContainText(NAME);
    await expect(page.getByText("<script>alert(1)</script>").first()).toBeVisible();
    await expect(page.getByText("<svg onload=alert(1)>").first()).toBeVisible();
    await expect(page.getByText("&lt;b&gt;entities&lt;/b&gt;").first()).toBeVisible();
    await expect(page.getByText("javascript:alert(1)").first()).toBeVisible();
    await expectInert(page);
  }
  expect(await dialogsSoFar(page, dialogs)).toEqual([]);
});

test("the payload name is text in its inbox list row, and a search for the contact opens it as text", async ({
  page,
}) => {
  const contact = await xssContact();
  const dialogs = watchDialogs(page);
  const inbox = new InboxPage(page);
  await inbox.goto();
  // The list row: the name, angle brackets and all, as the row's text; no markup inside the row.
  const row = inbox.row(NAME);
  await expect(row).toHaveCount(1);
  await expect(row).toBeVisible();
  await expect(row).toContainText(NAME);
  await expect(row.locator("img, script, svg[onload], iframe, [onerror], [onload]")).toHaveCount(0);
  await expectInert(page);

  // A search by the contact's e-mail opens the conversation; the name is text there too.
  expect(contact.email).toBeTruthy();
  await inbox.searchFor(contact.email!);
  await expect(page).toHaveURL(new RegExp(`/conversations/${contact.email!.replace(/[.+]/g, "\\$&")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NAME);
  await expect(inbox.row(NAME)).toContainText(NAME);
  await expectInert(page);
  expect(await dialogsSoFar(page, dialogs)).toEqual([]);
});
