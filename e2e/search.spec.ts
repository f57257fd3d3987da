import { expect, test, type APIRequestContext } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { InboxPage } from "./pages/inbox-page";
import { AGENT, SIM_URL } from "./support/env";

interface SeedContact {
  name: string | null;
  phoneNumber: string | null;
  email: string | null;
  facebookId: string | null;
  conversations: Array<{ conversationId: string; channel: string }>;
}

async function seedContacts(request: APIRequestContext): Promise<SeedContact[]> {
  const res = await request.get(`${SIM_URL}/__sim/seed`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { contacts: SeedContact[] }).contacts;
}

/** Octopush calls (as the simulator logged them) whose query contains `text`. */
async function upstreamCallsMatching(request: APIRequestContext, text: string): Promise<unknown[]> {
  const res = await request.get(`${SIM_URL}/__sim/calls?match=${encodeURIComponent(text)}`);
  return (await res.json()) as unknown[];
}

const GRAND_COMPTE = "/conversations/+33612345678";

test.describe("a phone number in any usual form opens the same conversation", () => {
  for (const typed of ["+33 6 12 34 56 78", "0612345678", "06.12.34.56.78", "0033612345678"]) {
    test(`"${typed}"`, async ({ page }) => {
      const inbox = new InboxPage(page);
      await inbox.goto();
      await inbox.type(typed);
      // What the field understood, before Enter.
      await expect(inbox.understood).toHaveText("Open Phone +33 6 12 34 56 78");
      await inbox.search.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${GRAND_COMPTE.replace("+", "\\+")}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Grand Compte");
    });
  }

  test("a US number written with brackets and dashes, with its country code", async ({ page, request }) => {
    const us = (await seedContacts(request)).find((c) => c.phoneNumber?.startsWith("+1") && c.name);
    if (!us?.phoneNumber || !us.name) throw new Error("the seed has no named US contact");
    const d = us.phoneNumber.slice(2);
    const typed = `+1 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
    const inbox = new InboxPage(page);
    await inbox.goto();
    await inbox.type(typed);
    await expect(inbox.understood).toContainText(`Phone +1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`);
    await inbox.search.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/conversations/\\+1${d}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(us.name);
  });
});

test("an e-mail address, typed in capitals with spaces, opens the lower-case URL", async ({ page, request }) => {
  const contact = (await seedContacts(request)).find((c) => c.email && c.name && !c.phoneNumber);
  if (!contact?.email || !contact.name) throw new Error("the seed has no e-mail-only contact");
  const inbox = new InboxPage(page);
  await inbox.goto();
  await inbox.type(`  ${contact.email.toUpperCase()} `);
  await expect(inbox.understood).toHaveText(`Open Email ${contact.email}`);
  await inbox.search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/conversations/${contact.email.replace(/[.+]/g, "\\$&")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(contact.name);
});

test("a Facebook id: fid_… as typed, or a bare number with “Facebook id” on", async ({ page, request }) => {
  const contact = (await seedContacts(request)).find((c) => c.facebookId && c.name && !c.phoneNumber && !c.email);
  if (!contact?.facebookId || !contact.name) throw new Error("the seed has no Facebook-only contact");
  const digits = contact.facebookId.replace(/^fid_/, "");
  const inbox = new InboxPage(page);
  await inbox.goto();

  // Without the toggle a bare number is read as a phone number, and refused with a hint.
  await inbox.type(digits);
  await expect(page.getByText("turn on “Facebook id”")).toBeVisible();
  await inbox.facebookToggle.click();
  await expect(inbox.facebookToggle).toHaveAttribute("aria-pressed", "true");
  await expect(inbox.understood).toHaveText(`Open Facebook id fid_${digits}`);
  await inbox.search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/conversations/fid_${digits}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(contact.name);

  // The toggle is for one search: it is off again, and fid_… needs none.
  await expect(inbox.facebookToggle).toHaveAttribute("aria-pressed", "false");
  await inbox.searchFor(`FID_${digits}`);
  await expect(page).toHaveURL(new RegExp(`/conversations/fid_${digits}$`));
});

test("a conversation id, with or without cid_, in any case", async ({ page, request }) => {
  const contact = (await seedContacts(request)).find(
    (c) => c.name && c.conversations.length > 0 && c.name !== "Grand Compte",
  );
  const cid = contact?.conversations[0]?.conversationId;
  if (!contact?.name || !cid) throw new Error("the seed has no conversation id");
  const uuid = cid.replace(/^cid_/, "");
  const inbox = new InboxPage(page);
  await inbox.goto();
  await inbox.type(uuid.toUpperCase());
  await expect(inbox.understood).toHaveText(`Open Conversation ${cid}`);
  await inbox.search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/conversations/${cid}$`));
  await inbox.searchFor(cid);
  await expect(page).toHaveURL(new RegExp(`/conversations/${cid}$`));
});

test("invalid input says why under the field and calls neither the app's API nor Octopush", async ({
  page,
  request,
}) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await page.waitForLoadState("networkidle");
  const apiCalls: string[] = [];
  page.on("request", (req) => {
    if (new URL(req.url()).pathname.startsWith("/api/")) apiCalls.push(req.url());
  });
  // Unique text, so the simulator's log (shared with tests running in parallel) can be searched for it.
  const token = `zq${Date.now().toString(36)}`;
  const inputs = [`hello ${token}`, "06 12", `jane@@${token}.org`, `cid_${token}`];

  for (const typed of inputs) {
    await inbox.searchFor(typed);
    const alert = inbox.searchError;
    await expect(alert).toBeVisible();
    await expect(alert).not.toBeEmpty();
    await expect(inbox.search).toHaveAttribute("aria-invalid", "true");
    // The message is the field's description, so a screen reader reads it with the field.
    const describedBy = await inbox.search.getAttribute("aria-describedby");
    await expect(page.locator(`[id="${describedBy}"]`)).toContainText(await alert.innerText());
    await expect(page).toHaveURL(/\/inbox$/);
  }
  // A request of our own after them: requests reach this listener in the order the page
  // made them, so anything the searches asked for would be recorded before it.
  const sentinel = page.waitForRequest((req) => req.url().includes("/api/health?e2e-sentinel"));
  await page.evaluate(() => fetch("/api/health?e2e-sentinel").then((r) => r.status));
  await sentinel;
  expect(apiCalls.filter((url) => !url.includes("e2e-sentinel"))).toEqual([]);
  expect(await upstreamCallsMatching(request, token)).toEqual([]);
  expect(await upstreamCallsMatching(request, "06 12")).toEqual([]);
  // The log search itself works: a valid search with a unique id is found in it.
  const probe = `fid_${Date.now()}`;
  expect((await page.request.get(`/api/messages?contact=${probe}`)).status()).toBe(200);
  expect(await upstreamCallsMatching(request, probe)).not.toEqual([]);
});

test("a search is remembered and offered again when the field is empty", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await inbox.searchFor("06 12 34 56 78");
  await expect(page).toHaveURL(/\/conversations\/\+33612345678$/);
  await page.goto("/inbox");
  await inbox.search.focus();
  const recent = page.getByRole("list", { name: "Recent searches" });
  await expect(recent.getByRole("link", { name: /\+33 6 12 34 56 78/ })).toBeVisible();
  await inbox.search.press("ArrowDown");
  await expect(recent.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/conversations\/\+33612345678$/);
});

test.describe("canonical links", () => {
  test("a national phone number in the URL redirects to E.164", async ({ page }) => {
    await page.goto("/conversations/0612345678");
    await expect(page).toHaveURL(/\/conversations\/\+33612345678$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Grand Compte");
  });

  test("an upper-case e-mail in the URL redirects to lower case", async ({ page }) => {
    await page.goto("/conversations/Achats@Grand-Compte.EXAMPLE");
    await expect(page).toHaveURL(/\/conversations\/achats@grand-compte\.example$/);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a shared link survives the sign-in and lands on the canonical conversation and message", async ({ page }) => {
    await page.goto("/conversations/06.12.34.56.78?message=abc123");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    const login = new LoginPage(page);
    await expect(page.getByLabel("Email")).toBeVisible();
    await login.signIn(AGENT.email, AGENT.password);
    await expect(page).toHaveURL(/\/conversations\/\+33612345678\?message=abc123$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Grand Compte");
  });
});
