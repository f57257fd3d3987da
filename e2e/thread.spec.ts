import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { deliveryInfo } from "../lib/inbox/delivery-status";
import { fetchThreadPage, ThreadPage, type InboxMessage } from "./pages/thread-page";
import { SIM_URL } from "./support/env";
import { channelLabel, statusLabel } from "./support/i18n";

// The conversation thread (issue 3) and its links (issue 4), against the simulator.

const BIG = "+33612345678"; // "Grand Compte": 10,000 sms messages, "#1" (oldest) … "#10000" (newest)
const MAX_DOM_MESSAGES = 200;

interface SeedContact {
  name: string | null;
  phoneNumber: string | null;
  email: string | null;
  facebookId: string | null;
  channels: string[];
  messageCount: number;
}
interface Seed {
  facts: { xssContactName: string; longTextContactName: string; unknownChannel: string; deliveryStatuses: string[] };
  contacts: SeedContact[];
}

async function seed(page: Page): Promise<Seed> {
  const res = await page.request.get(`${SIM_URL}/__sim/seed`);
  return (await res.json()) as Seed;
}

function keyOf(c: SeedContact): string {
  return (c.phoneNumber ?? c.email ?? c.facebookId)!;
}

/** Clearly red: [r, g, b] as the browser paints the colour (Tailwind 4 writes oklch/lab). */
function isRed([r, g, b]: number[]): boolean {
  return r! > g! + 60 && r! > b! + 60;
}

/** Collects alert/confirm/prompt dialogs: any one means a payload ran. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test.describe("conversation thread", () => {
  test("inbound bubbles are on the left, outbound on the right, oldest at the top", async ({ page }) => {
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    const logBox = (await thread.log.boundingBox())!;
    const mid = logBox.x + logBox.width / 2;
    const inbound = thread.page.locator('[data-direction="inbound"]').last();
    const outbound = thread.page.locator('[data-direction="outbound"]').last();
    await expect(inbound).toBeVisible();
    await expect(outbound).toBeVisible();
    const inBubble = (await inbound.locator("> div").first().boundingBox())!;
    const outBubble = (await outbound.locator("> div").first().boundingBox())!;
    expect(inBubble.x + inBubble.width / 2).toBeLessThan(mid);
    expect(outBubble.x + outBubble.width / 2).toBeGreaterThan(mid);
    // Opens at the newest message, the newest at the bottom.
    const newest = thread.messageWithText(/#10000\b/);
    await expect(newest).toBeInViewport();
    const prev = thread.messageWithText(/#9999\b/);
    expect((await prev.boundingBox())!.y).toBeLessThan((await newest.boundingBox())!.y);
  });

  test("every channel has its badge, an unknown one its raw name", async ({ page }) => {
    const { contacts, facts } = await seed(page);
    const thread = new ThreadPage(page);
    const wanted = [...new Set(contacts.flatMap((c) => c.channels))];
    expect(wanted).toEqual(
      expect.arrayContaining([
        "sms",
        "rcs",
        "multi_channel",
        "facebook",
        "instagram",
        "whatsapp",
        "email",
        "voice_sms",
        "live_chat",
        facts.unknownChannel,
      ]),
    );
    const remaining = new Set(wanted);
    for (const contact of contacts) {
      if (remaining.size === 0) break;
      if (!contact.channels.some((c) => remaining.has(c))) continue;
      await thread.goto(keyOf(contact));
      await thread.ready();
      for (const channel of contact.channels) {
        const badge = page.getByTestId("contact-header").locator(`[data-channel="${channel}"]`);
        await expect(badge, `header badge for ${channel}`).toHaveText(channelLabel(channel));
        const inThread = thread.log.locator(`[data-channel="${channel}"]`).first();
        if ((await inThread.count()) > 0) await expect(inThread).toHaveText(channelLabel(channel));
        remaining.delete(channel);
      }
    }
    expect([...remaining]).toEqual([]);
    expect(channelLabel(facts.unknownChannel)).toBe(facts.unknownChannel);
  });

  test("each delivery status shows its word, failed ones stand out", async ({ page }) => {
    const { contacts, facts } = await seed(page);
    // One outbound message for each status, found among the newest messages of the contacts.
    const byStatus = new Map<string, { key: string; message: InboxMessage }>();
    for (const contact of contacts) {
      if (byStatus.size === facts.deliveryStatuses.length) break;
      const key = keyOf(contact);
      const { messages } = await fetchThreadPage(page.request, key, 1);
      for (const m of messages) {
        if (m.direction === "outbound" && m.deliveryStatus && !byStatus.has(m.deliveryStatus))
          byStatus.set(m.deliveryStatus, { key, message: m });
      }
    }
    expect([...byStatus.keys()].sort()).toEqual([...facts.deliveryStatuses].sort());

    const thread = new ThreadPage(page);
    for (const [raw, { key, message }] of byStatus) {
      await thread.goto(key, message.id);
      const el = thread.message(message.id);
      await expect(el).toBeInViewport();
      const status = el.locator("[data-status]");
      const info = deliveryInfo(raw)!;
      await expect(status, raw).toHaveText(statusLabel(raw));
      await expect(status).toHaveAttribute("title", `Delivery status: ${raw}`);
      if (info.failed) {
        await expect(status).toHaveAttribute("data-status", "failed");
        // Red, bold: a failed message is noticed.
        const style = await status.evaluate((e) => {
          const ctx = document.createElement("canvas").getContext("2d")!;
          ctx.fillStyle = getComputedStyle(e).color;
          ctx.fillRect(0, 0, 1, 1);
          return { rgb: [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)], weight: getComputedStyle(e).fontWeight };
        });
        expect(Number(style.weight)).toBeGreaterThanOrEqual(600);
        expect(isRed(style.rgb), style.rgb.join(",")).toBe(true);
      }
    }
  });

  test("scrolling up reaches message #1 of 10,000 with a bounded DOM", async ({ page }) => {
    test.setTimeout(120_000);
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    let peak = 0;
    const first = thread.messageWithText(/#1\b/);
    for (let i = 0; i < 600; i++) {
      await thread.setScrollTop(0);
      peak = Math.max(peak, await thread.domMessageCount());
      if (await page.getByTestId("thread-beginning").isVisible()) break;
      await page.waitForTimeout(40);
    }
    await expect(page.getByTestId("thread-beginning")).toBeVisible();
    await expect(first).toBeVisible();
    await expect(first).toContainText(/#1\b/);
    peak = Math.max(peak, await thread.domMessageCount());
    expect(peak).toBeGreaterThan(5);
    expect(peak).toBeLessThanOrEqual(MAX_DOM_MESSAGES);
  });

  test("the first visible message stays in place when an older page is prepended", async ({ page }) => {
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    // Slow down the next page so the position can be read before it lands.
    // (times: 1, so it is used up by this page and touches no other test.)
    await page.request.post(`${SIM_URL}/__sim/faults`, {
      data: { match: "page=2&per_page=50&contact=+33612345678", times: 1, latencyMs: 1500 },
    });
    await thread.setScrollTop(0);
    await expect(page.getByText("Loading older messages…")).toBeVisible();
    // Rows just scrolled into view get measured in the next frames; read the position once it is still.
    let before = (await thread.firstVisibleMessage())!;
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(50);
      const again = (await thread.firstVisibleMessage())!;
      if (again.id === before.id && again.y === before.y) break;
      before = again;
    }
    expect(before.id).toBeTruthy();
    await expect(page.getByText("Loading older messages…")).toBeHidden({ timeout: 10_000 });
    // 50 older messages now sit above it, and it has not moved.
    expect(await thread.scrollTop()).toBeGreaterThan(1000);
    // Once the new rows are measured (a frame or two), the message is where it was.
    await expect
      .poll(async () => Math.abs((await thread.offsetInLog(before.id))! - before.y), { timeout: 3000 })
      .toBeLessThanOrEqual(3);
  });

  test("XSS payloads in texts and in the contact name are shown as text and run nothing", async ({ page }) => {
    const dialogs = watchDialogs(page);
    const { contacts, facts } = await seed(page);
    const xss = contacts.find((c) => c.name === facts.xssContactName)!;
    const thread = new ThreadPage(page);
    await thread.goto(keyOf(xss));
    await thread.ready();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(facts.xssContactName);
    await expect(thread.log).toContainText("<script>alert(1)</script>");
    await expect(thread.log).toContainText("<img src=x onerror=alert(1)>");
    await expect(thread.log).toContainText("&lt;b&gt;entities&lt;/b&gt;");
    expect(await thread.log.locator("script, img, svg:not([aria-hidden]), iframe").count()).toBe(0);
    expect(await thread.log.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await expect(page).toHaveTitle(new RegExp(facts.xssContactName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  test("a 3,000-character text wraps without widening the page", async ({ page }) => {
    const { contacts, facts } = await seed(page);
    const long = contacts.find((c) => c.name === facts.longTextContactName)!;
    const key = keyOf(long);
    const { messages } = await fetchThreadPage(page.request, key, 1);
    const longest = [...messages].sort((a, b) => (b.text?.length ?? 0) - (a.text?.length ?? 0))[0]!;
    expect(longest.text!.length).toBeGreaterThanOrEqual(3000);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const thread = new ThreadPage(page);
      await thread.goto(key, longest.id);
      await expect(thread.message(longest.id)).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const log = await thread.log.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
      expect(log.sw).toBeLessThanOrEqual(log.cw);
    }
  });

  test("an upstream error shows its reason and Retry loads the thread", async ({ page }) => {
    const { contacts } = await seed(page);
    // A contact no other test opens, so the fault touches nothing else.
    const contact = contacts.filter((c) => c.phoneNumber && c.messageCount > 0).at(-1)!;
    const digits = contact.phoneNumber!.slice(1);
    const fault = (await (
      await page.request.post(`${SIM_URL}/__sim/faults`, { data: { match: digits, times: 50, status: 500 } })
    ).json()) as { id: number };
    const thread = new ThreadPage(page);
    await thread.goto(contact.phoneNumber!);
    const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await expect(alert).toContainText("could not be loaded", { timeout: 20_000 });
    await expect(alert).toContainText(/Octopush/);
    // Use up the fault by calling the simulator directly (faults apply before its credential
    // check), rather than clearing every fault, which would disturb tests running beside this one.
    for (;;) {
      const rules = (await (await page.request.get(`${SIM_URL}/__sim/faults`)).json()) as Array<{
        id: number;
        remaining?: number;
      }>;
      if ((rules.find((r) => r.id === fault.id)?.remaining ?? 0) <= 0) break;
      await page.request.get(`${SIM_URL}/v1/public/conversations/messages/list?contact=${digits}`);
    }
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(thread.messages.first()).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "could not be loaded" })).toHaveCount(0);
  });

  test("a conversation with no messages says so and links back to search", async ({ page }) => {
    const thread = new ThreadPage(page);
    await thread.goto("+33699999999");
    await expect(page.getByRole("heading", { name: "No conversation found for +33699999999" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to search" })).toHaveAttribute("href", "/inbox");
  });

  test("the header names the contact, its identifiers with copy buttons, and Copy link copies the message URL", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    await expect(page).toHaveTitle(/Grand Compte/);
    const header = page.getByTestId("contact-header");
    await expect(header.getByRole("heading", { level: 1 })).toHaveText("Grand Compte");
    await expect(header).toContainText(BIG);
    await header.getByRole("button", { name: "Copy phone" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(BIG);

    const newest = thread.messageWithText(/#10000\b/);
    const id = await newest.getAttribute("data-message-id");
    await newest.hover();
    await newest.getByRole("button", { name: "Copy link to this message" }).click();
    await expect(newest.getByRole("status")).toHaveText("Link copied");
    const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(url.pathname).toBe(`/conversations/${BIG}`);
    expect(url.searchParams.get("message")).toBe(id);

    await header.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL(page.url()).origin}/conversations/${BIG}`,
    );
  });

  test("a message link 40+ pages back is reached and highlighted", async ({ page }) => {
    test.setTimeout(60_000);
    const { messages } = await fetchThreadPage(page.request, BIG, 45);
    const target = messages[20]!;
    const thread = new ThreadPage(page);
    await thread.goto(BIG, target.id);
    await expect(page.getByText(/Looking for the linked message/)).toBeVisible();
    const el = thread.message(target.id);
    await expect(el).toBeInViewport({ timeout: 30_000 });
    await expect(el).toHaveAttribute("data-highlighted", "true");
    await expect(el).toContainText(target.text!.slice(0, 40));
    await expect(page.getByText(/Looking for the linked message/)).toBeHidden();
    expect(await thread.domMessageCount()).toBeLessThanOrEqual(MAX_DOM_MESSAGES);
  });

  test("a link to a message that does not exist says it was not found", async ({ page }) => {
    const { contacts, facts } = await seed(page);
    const xss = contacts.find((c) => c.name === facts.xssContactName)!;
    const thread = new ThreadPage(page);
    await thread.goto(keyOf(xss), "no-such-message");
    await expect(page.getByRole("alert").filter({ hasText: "linked message" })).toHaveText(
      "The linked message is not in this conversation.",
    );
  });

  test("the server HTML of a conversation already contains its newest message", async ({ page }) => {
    const { messages } = await fetchThreadPage(page.request, BIG, 1, 1);
    const newest = messages[0]!;
    const res = await page.request.get(`/conversations/${BIG}`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain(`data-message-id="${newest.id}"`);
    expect(html).toContain(
      newest.text!.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").slice(0, 30),
    );
    expect(html).toMatch(/<title>Grand Compte · Octopush Inbox<\/title>/);
  });

  test("an offline banner shows while the browser is offline", async ({ page, context }) => {
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    await context.setOffline(true);
    await expect(page.getByText("You are offline.")).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText("You are offline.")).toBeHidden();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds no violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const thread = new ThreadPage(page);
      await thread.goto(BIG);
      await thread.ready();
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      // The conversation pane; the shell's list beside it is checked by the inbox spec.
      const results = await new AxeBuilder({ page }).include("#inbox-main").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
});
