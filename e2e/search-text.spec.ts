import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { InboxPage } from "./pages/inbox-page";
import { uniquePhone } from "./pages/indexed-inbox-page";
import { TextSearch } from "./pages/text-search";
import { ThreadPage } from "./pages/thread-page";
import { APP_URL, INDEXED_APP_URL, INDEXED_SIM_URL } from "./support/env";

// Search by contact name and message text, in the indexed world (an app with the
// message index on, syncing every second from its own simulator). Each test adds
// its own messages with a word no other test uses, and waits for the sync to index them.

test.use({ baseURL: INDEXED_APP_URL });

/** A word of letters no seed text holds, different on every run and in every test. */
function uniqueWord(prefix: string): string {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  return `${prefix}${letters}`;
}

interface Added {
  id: string;
  phone: string;
}

async function addMessage(
  request: APIRequestContext,
  body: { text: string; contact_name?: string; phone?: string; direction?: "inbound" | "outbound" },
): Promise<Added> {
  const phone = body.phone ?? uniquePhone();
  const res = await request.post(`${INDEXED_SIM_URL}/__sim/messages`, {
    data: {
      contact_identifiers: { phone_number: phone },
      channel: "sms",
      direction: body.direction ?? "inbound",
      text: body.text,
      ...(body.contact_name ? { contact_name: body.contact_name } : {}),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { message } = (await res.json()) as { message: { message_id: string } };
  return { id: message.message_id, phone };
}

/** Waits until the index (filled by the app's sync) finds this message for this query. */
async function waitUntilIndexed(request: APIRequestContext, query: string, messageId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const res = await request.get(`${INDEXED_APP_URL}/api/search?q=${encodeURIComponent(query)}`);
        if (!res.ok()) return `HTTP ${res.status()}`;
        const { results } = (await res.json()) as { results: Array<{ messageId: string }> };
        return results.map((r) => r.messageId);
      },
      { timeout: 30_000, message: `the sync indexes ${messageId}` },
    )
    .toContain(messageId);
}

test("an order number inside a text finds its message; Enter opens the conversation at that message", async ({
  page,
}) => {
  const digits = String(10_000 + Math.floor(Math.random() * 89_999));
  const word = uniqueWord("colis");
  const added = await addMessage(page.request, {
    text: `Bonjour, où en est ma commande #Q-${digits} (${word}) ?`,
    contact_name: "Jeanne Testé",
  });
  await waitUntilIndexed(page.request, `Q-${digits}`, added.id);

  const search = new TextSearch(page);
  await search.goto();
  await search.type(`${word} Q-${digits}`);
  const option = search.option(word);
  await expect(option).toHaveCount(1);
  await expect(option).toContainText("Jeanne Testé");
  // Each hit is marked in the snippet, in the text's own case.
  await expect(option.locator("mark")).toHaveText(["Q", digits, word]);

  await search.field.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(search.field).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "none");
  await search.field.press("Enter");
  await expect(page).toHaveURL(
    (url) => url.pathname === `/conversations/${added.phone}` && url.searchParams.get("message") === added.id,
  );
  const thread = new ThreadPage(page);
  await expect(thread.message(added.id)).toHaveAttribute("data-highlighted", "true");
});

test("a name typed without its accents, in capitals and cut short, finds the contact", async ({ page }) => {
  const last = uniqueWord("zoe");
  const name = `Zoë ${last[0]!.toUpperCase()}${last.slice(1).replace("e", "é")}`;
  const added = await addMessage(page.request, {
    text: "Merci pour votre aide, commande #R-73519",
    contact_name: name,
  });
  const typed = `ZOE ${last.slice(0, -2)}`; // no accents, capitals, the last word cut short
  await waitUntilIndexed(page.request, typed, added.id);

  const search = new TextSearch(page);
  await search.goto();
  await search.type(typed);
  const option = search.option(name);
  await expect(option).toHaveCount(1);
  await expect(option.locator("mark").first()).toHaveText("Zoë");
  await option.click();
  await expect(page).toHaveURL((url) => url.searchParams.get("message") === added.id);
});

test("Enter right after changing the words never opens a result of the words before", async ({ page }) => {
  const search = new TextSearch(page);
  await search.goto();
  await search.type("مريم");
  await expect(search.option("مريم العلوي").first()).toBeVisible({ timeout: 30_000 });
  // Pressed before the new words are searched: the old results are not the answer.
  await search.field.fill("z");
  await search.field.press("Enter");
  await expect(search.status).toHaveText("Type at least 2 letters or digits to search names and messages.");
  await expect(page).toHaveURL(/\/inbox$/);
});

test("a right-to-left name from the seed is found", async ({ page }) => {
  const search = new TextSearch(page);
  await search.goto();
  await search.type("مريم");
  await expect(search.option("مريم العلوي").first()).toBeVisible({ timeout: 30_000 });
});

test("a valid phone number still opens its conversation, an order number searches", async ({ page }) => {
  const inbox = new InboxPage(page);
  const search = new TextSearch(page);
  await search.goto();
  await inbox.type("06 12 34 56 78");
  await expect(inbox.understood).toHaveText("Open Phone +33 6 12 34 56 78");
  await expect(search.results).toBeHidden();
  await inbox.search.press("Enter");
  await expect(page).toHaveURL(/\/conversations\/\+33612345678$/);

  // Five digits are no phone number: they are looked for in the texts.
  await inbox.type("99999");
  await expect(inbox.understood).toBeHidden();
  await expect(search.status.or(search.results)).toBeVisible();
});

test("short, symbol-only and injection searches get a plain answer; Esc closes; axe finds nothing", async ({
  page,
}) => {
  const search = new TextSearch(page);
  await search.goto();
  await search.type("z");
  await expect(search.status).toHaveText("Type at least 2 letters or digits to search names and messages.");
  await search.type("'; drop table indexed_messages; --");
  await expect(search.status).toContainText("No message or contact name matches");
  await search.type("&&");
  await expect(search.status).toHaveText("Type at least 2 letters or digits to search names and messages.");

  const word = uniqueWord("axe");
  const added = await addMessage(page.request, {
    text: `<script>alert(1)</script> ${word}`,
    contact_name: "<b>Bold</b>",
  });
  await waitUntilIndexed(page.request, word, added.id);
  await search.type(word);
  const option = search.option(word);
  await expect(option).toContainText("<script>alert(1)</script>");
  await expect(option).toContainText("<b>Bold</b>");
  await search.field.press("ArrowDown");
  const axe = await new AxeBuilder({ page }).include("[role=search]").analyze();
  expect(axe.violations).toEqual([]);

  await search.field.press("Escape");
  await expect(search.results).toBeHidden();
  await expect(search.field).not.toBeFocused();
});

test.describe("with the index off", () => {
  test.use({ baseURL: APP_URL });

  test("the box searches identifiers only, as before, and never calls /api/search", async ({ page }) => {
    const calls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/search")) calls.push(request.url());
    });
    const inbox = new InboxPage(page);
    await inbox.goto();
    await expect(page.getByRole("combobox", { name: "Search" })).toHaveCount(0);
    await inbox.searchFor("dupont");
    await expect(inbox.searchError).toBeVisible();
    const res = await page.request.get(`${APP_URL}/api/search?q=dupont`);
    expect(res.status()).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Text search is off/);
    expect(calls).toEqual([]);
  });
});
