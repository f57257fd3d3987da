import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { conversationPath } from "../lib/inbox/conversation-path";
import type { MessagesPage } from "../lib/inbox/types";
import { dialogsSoFar, watchDialogs } from "./support/dialogs";
import { APP_URL, SIM_URL } from "./support/env";
import { waitForHydration } from "./support/hydration";

// Issue 12's shared links on the main instance: made from the conversation
// header, read without a session, masked, read-only, limited to their own
// conversation, revoked from /shared. Expiry, revocation across instances and the
// brute-force limit: e2e/share-instances.spec.ts.

const GONE = "This link has expired or was revoked.";

interface SeedContact {
  name: string;
  phoneNumber: string | null;
  email: string | null;
}

async function seedContacts(): Promise<SeedContact[]> {
  const seed = (await (await fetch(`${SIM_URL}/__sim/seed`)).json()) as { contacts: SeedContact[] };
  return seed.contacts;
}

async function contactNamed(predicate: (c: SeedContact) => boolean): Promise<SeedContact & { phoneNumber: string }> {
  const contact = (await seedContacts()).find((c) => c.phoneNumber && predicate(c));
  if (!contact?.phoneNumber) throw new Error("no such seeded contact");
  return contact as SeedContact & { phoneNumber: string };
}

/** A link made through the agent's own API (the dialog's call). */
async function shareByApi(
  request: APIRequestContext,
  body: { conversation: string; duration?: string; fromMessageId?: string | null; note?: string | null },
): Promise<string> {
  const res = await request.post("/api/shares", { data: { duration: "24h", ...body } });
  expect(res.status()).toBe(201);
  const json = (await res.json()) as { path: string };
  expect(json.path).toMatch(/^\/s\/[A-Za-z0-9_-]{43}$/);
  return `${APP_URL}${json.path}`;
}

/** A browser context with no session at all: the person the link was sent to. */
/** The thread's Share button, once it answers (a click before hydration opens nothing). */
async function openShareDialog(page: Page) {
  const share = page.getByRole("button", { name: "Share", exact: true });
  await waitForHydration(share);
  await share.click();
}

async function visitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

async function expectNoLinkIntoTheApp(page: Page, token: string) {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    const internal = href.startsWith("/") || href.startsWith(APP_URL);
    if (internal) expect(href.replace(APP_URL, "")).toMatch(new RegExp(`^/s/${token}(\\?page=\\d+)?$`));
    expect(href.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
  }
  await expect(page.locator("textarea, input:not([type=hidden]), [contenteditable=true]")).toHaveCount(0);
  await expect(page.getByRole("searchbox")).toHaveCount(0);
}

test("an agent shares a conversation; a visitor without an account reads it, masked and read-only; revoking it shows the 410 page", async ({
  page,
  browser,
}) => {
  test.slow();
  const big = await contactNamed((c) => c.name === "Grand Compte");
  await page.goto(conversationPath(big.phoneNumber));
  await expect(page.locator("[data-message-id]").first()).toBeVisible();

  await openShareDialog(page);
  const dialog = page.getByRole("dialog", { name: "Share a read-only link" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Link valid for").selectOption({ label: "7 days" });
  await dialog.getByLabel("Note (optional)").fill("For the courier");
  await dialog.getByRole("button", { name: "Create link" }).click();
  const urlField = dialog.getByTestId("share-url");
  await expect(urlField).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const url = await urlField.inputValue();
  const token = url.split("/s/")[1] as string;
  await expect(dialog.getByRole("button", { name: "Copy link" })).toBeVisible();

  const guest = await visitor(browser);
  const res = await guest.goto(url);
  expect(res?.status()).toBe(200);
  const headers = res?.headers() ?? {};
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["cache-control"]).toContain("private");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Grand Compte");
  await expect(guest.getByText("Shared conversation · read-only")).toBeVisible();
  await expect(guest.getByText("For the courier")).toBeVisible();
  const bubbles = guest.locator("[data-message-id]");
  await expect(bubbles.first()).toBeVisible();
  expect(await bubbles.count()).toBeGreaterThan(10);
  // The same badges and statuses as the inbox.
  await expect(guest.locator("[data-message-id][data-direction=outbound]").first()).toBeVisible();

  // Identifiers masked: the last digits and the domain only, nowhere the full values.
  const masked = guest.getByTestId("masked-identifier");
  await expect(masked.filter({ hasText: /78$/ })).toHaveCount(1);
  await expect(masked.filter({ hasText: /^•••@grand-compte\.example$/ })).toHaveCount(1);
  const html = await guest.content();
  expect(html).not.toContain("612345678");
  expect(html).not.toContain("achats@");
  await expectNoLinkIntoTheApp(guest, token);

  // Older messages come from the same token, page by page.
  const firstIds = await bubbles.evaluateAll((els) => els.map((e) => e.getAttribute("data-message-id")));
  await guest.getByRole("link", { name: "Load older messages" }).click();
  await expect(guest).toHaveURL(new RegExp(`/s/${token}\\?page=2$`));
  const olderIds = await guest
    .locator("[data-message-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-message-id")));
  expect(olderIds.length).toBeGreaterThan(0);
  expect(olderIds.filter((id) => firstIds.includes(id))).toEqual([]);

  const axe = await new AxeBuilder({ page: guest }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // /shared lists it with its views; Revoke takes effect at once.
  await page.goto("/shared");
  const row = page
    .getByTestId("shared-link-row")
    .filter({ hasText: big.phoneNumber })
    .filter({ hasText: "For the courier" });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("views")).toHaveText("2");
  await row.getByRole("button", { name: /^Revoke/ }).click();
  await expect(row).toHaveAttribute("data-state", "revoked");

  const gone = await guest.goto(url);
  expect(gone?.status()).toBe(410);
  const goneText = await guest.locator("body").innerText();
  expect(goneText).toContain(GONE);
  expect(goneText).not.toContain("Grand Compte");
  expect(gone?.headers()["x-robots-tag"]).toContain("noindex");

  // An unknown token looks the same, with 404 instead of 410.
  const unknown = await guest.goto(`${APP_URL}/s/${"A".repeat(43)}`);
  expect(unknown?.status()).toBe(404);
  expect(await guest.locator("body").innerText()).toBe(goneText);
  await guest.context().close();
});

test("a token reads its own conversation only: no other contact, no deeper path, no /api/messages", async ({
  page,
  browser,
}) => {
  const eloise = await contactNamed((c) => c.name.startsWith("Éloïse"));
  const jose = await contactNamed((c) => c.name.startsWith("José"));
  const url = await shareByApi(page.request, { conversation: eloise.phoneNumber });
  const token = url.split("/s/")[1] as string;
  const guest = await visitor(browser);

  for (const tampered of [
    `${url}?contact=${encodeURIComponent(jose.phoneNumber)}`,
    `${url}?page=1&phone_number=${encodeURIComponent(jose.phoneNumber)}`,
  ]) {
    const res = await guest.goto(tampered);
    expect(res?.status()).toBe(200);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(eloise.name);
    expect(await guest.content()).not.toContain("José");
  }
  for (const path of [
    `/s/${token}/messages?contact=${encodeURIComponent(jose.phoneNumber)}`,
    `/s/${token}/${encodeURIComponent(jose.phoneNumber)}`,
    `/s/${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
  ]) {
    const res = await guest.request.get(`${APP_URL}${path}`);
    expect(res.status(), path).toBe(404);
    expect(await res.text()).toContain(GONE);
  }
  // In the visitor's language.
  const french = await guest.request.get(`${APP_URL}/s/${"B".repeat(43)}`, { headers: { "accept-language": "fr" } });
  expect(french.status()).toBe(404);
  expect(await french.text()).toContain("Ce lien a expiré ou a été révoqué.");
  // The token is no session: the inbox's API and pages stay closed.
  const api = await guest.request.get(`${APP_URL}/api/messages?contact=${encodeURIComponent(jose.phoneNumber)}`, {
    headers: { referer: url },
  });
  expect(api.status()).toBe(401);
  await guest.goto(`${APP_URL}/shared`);
  await expect(guest).toHaveURL(/\/login/);
  await guest.context().close();
});

test("a link from a message onward shows that message and the newer ones only", async ({ page, browser }) => {
  // Only some seeded contacts' messages carry a date (the simulator's even-indexed ones); a scope needs one.
  let found: { key: string; messages: MessagesPage["messages"] } | null = null;
  for (const contact of await seedContacts()) {
    if (!contact.phoneNumber || contact.name === "Grand Compte") continue;
    const res = await page.request.get(`/api/messages?contact=${encodeURIComponent(contact.phoneNumber)}&per_page=100`);
    const { messages } = (await res.json()) as MessagesPage;
    if (messages.filter((m) => m.sentAt).length > 3) {
      found = { key: contact.phoneNumber, messages };
      break;
    }
  }
  expect(found).not.toBeNull();
  const dated = found!.messages.filter((m) => m.sentAt);
  const start = dated[Math.floor(dated.length / 2)]!;
  const older = dated.filter((m) => new Date(m.sentAt!).getTime() < new Date(start.sentAt!).getTime());
  const newer = dated.filter((m) => new Date(m.sentAt!).getTime() > new Date(start.sentAt!).getTime());
  expect(older.length).toBeGreaterThan(0);

  // The dialog takes the message from the page's ?message=.
  await page.goto(conversationPath(found!.key, start.id));
  await openShareDialog(page);
  const dialog = page.getByRole("dialog", { name: "Share a read-only link" });
  await expect(dialog.getByLabel("From a message onward")).toBeChecked();
  await expect(dialog.getByLabel("Message id")).toHaveValue(start.id);
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\//);

  const guest = await visitor(browser);
  await guest.goto(url);
  await expect(guest.getByText("From one message onward")).toBeVisible();
  await expect(guest.locator(`[data-message-id="${start.id}"]`)).toHaveCount(1);
  for (const m of newer) await expect(guest.locator(`[data-message-id="${m.id}"]`)).toHaveCount(1);
  for (const m of older) await expect(guest.locator(`[data-message-id="${m.id}"]`)).toHaveCount(0);
  await expect(guest.getByRole("link", { name: "Load older messages" })).toHaveCount(0);
  await guest.context().close();
});

test("XSS payloads in a shared thread stay text and run nothing", async ({ page, browser }) => {
  const xss = (await seedContacts()).find((c) => c.name.includes("onerror"));
  const key = xss?.phoneNumber ?? xss?.email;
  expect(key).toBeTruthy();
  const url = await shareByApi(page.request, { conversation: key!, note: "<img src=x onerror=alert('note')>" });
  const guest = await visitor(browser);
  const dialogs = watchDialogs(guest);
  await guest.goto(url);
  await expect(guest.getByRole("heading", { level: 1 })).toContainText("XSS Tester <img src=x onerror=alert(1)>");
  await expect(guest.getByText("<script>alert(1)</script>").first()).toBeVisible();
  await expect(guest.getByText("<img src=x onerror=alert('note')>")).toBeVisible();
  await expect(guest.locator("img[src='x'], img[src=x]")).toHaveCount(0);
  await expect(guest.locator("main script, main svg[onload], main iframe, [onerror], [onload]")).toHaveCount(0);
  const hrefs = await guest.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
  expect(await dialogsSoFar(guest, dialogs)).toEqual([]);
  await guest.context().close();
});

test("“Share from here” on a message opens the dialog starting at that message", async ({ page }) => {
  const eloise = await contactNamed((c) => c.name.startsWith("Éloïse"));
  await page.goto(conversationPath(eloise.phoneNumber));
  const bubble = page.locator("[data-message-id]").last();
  await expect(bubble).toBeVisible();
  const id = await bubble.getAttribute("data-message-id");
  await bubble.hover();
  await bubble.getByRole("button", { name: "Share from here" }).click();
  const dialog = page.getByRole("dialog", { name: "Share a read-only link" });
  await expect(dialog.getByLabel("From a message onward")).toBeChecked();
  await expect(dialog.getByLabel("Message id")).toHaveValue(id!);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
