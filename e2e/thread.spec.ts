import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fetchThreadPage, ThreadPage, type InboxMessage } from "./pages/thread-page";
import { dialogsSoFar, watchDialogs } from "./support/dialogs";
import { SIM_URL } from "./support/env";

// The conversation thread (issue 3) and its links (issue 4), against the simulator.

const BIG = "+33612345678"; // "Grand Compte": 10,000 sms messages, "#1" (oldest) … "#10000" (newest)
const MEDIUM = "+33612340400"; // "Archives Bellamy": 400 sms messages, "#1" … "#400"
const MAX_DOM_MESSAGES = 200;

// What an agent reads, written out here rather than taken from lib/inbox: a wrong
// label there must fail these tests.
const CHANNEL_LABELS: ReadonlyArray<readonly [channel: string, label: string]> = [
  ["sms", "SMS"],
  ["rcs", "RCS"],
  ["multi_channel", "Multi-channel"],
  ["facebook", "Facebook"],
  ["instagram", "Instagram"],
  ["whatsapp", "WhatsApp"],
  ["email", "E-mail"],
  ["voice_sms", "Voice SMS"],
  ["live_chat", "Live chat"],
  ["telegram", "telegram"], // a channel the inbox does not know: its raw name
];
const STATUS_WORDS: ReadonlyArray<readonly [raw: string, word: string, tone: string]> = [
  ["sending", "Sending", "pending"],
  ["sent", "Sent", "sent"],
  ["ACK", "Sent", "sent"],
  ["DELIVERED", "Delivered", "delivered"],
  ["READ", "Read", "read"],
  ["NOT_DELIVERED", "Not delivered", "failed"],
  ["BAD_DESTINATION", "Failed: bad number", "failed"],
  ["BLACKLISTED_NUMBER", "Failed: number blocked", "failed"],
  ["UNKNOWN_DELIVERY", "Delivery unknown", "unknown"],
  ["UNDEFINED", "Status undefined", "unknown"],
  ["QUEUED_EXTERNALLY", "QUEUED_EXTERNALLY", "unknown"], // a status the inbox does not know: its raw value
];

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

  test("the seed has a contact on every channel labelled here, and a message in every delivery status", async ({
    page,
  }) => {
    const { contacts, facts } = await seed(page);
    expect([...new Set(contacts.flatMap((c) => c.channels))].sort()).toEqual(CHANNEL_LABELS.map(([c]) => c).sort());
    expect(facts.unknownChannel).toBe("telegram");
    expect([...facts.deliveryStatuses].sort()).toEqual(STATUS_WORDS.map(([raw]) => raw).sort());
  });

  for (const [channel, label] of CHANNEL_LABELS) {
    test(`the ${channel} channel reads "${label}" in the header and on its messages`, async ({ page }) => {
      const { contacts } = await seed(page);
      const contact = contacts.find((c) => c.channels.includes(channel));
      expect(contact, `a contact on ${channel}`).toBeDefined();
      const key = keyOf(contact!);
      const { messages } = await fetchThreadPage(page.request, key, 1);
      const message = messages.find((m) => m.channel === channel);
      expect(message, `a ${channel} message among ${key}'s newest`).toBeDefined();
      // A link to that message: it is loaded and scrolled into view, whatever its place in the thread.
      const thread = new ThreadPage(page);
      await thread.goto(key, message!.id);
      await thread.ready();
      await expect(page.getByTestId("contact-header").locator(`[data-channel="${channel}"]`)).toHaveText(label);
      await expect(thread.message(message!.id).locator(`[data-channel="${channel}"]`)).toHaveText(label);
    });
  }

  for (const [raw, word, tone] of STATUS_WORDS) {
    const failed = tone === "failed";
    test(`delivery status ${raw} reads "${word}"${failed ? ", in bold red" : ", in plain colour"}`, async ({
      page,
    }) => {
      // The seed gives the newest outbound messages every status in turn: they are among the inbox's newest 100.
      const res = await page.request.get("/api/messages?per_page=100");
      expect(res.status()).toBe(200);
      const { messages } = (await res.json()) as { messages: InboxMessage[] };
      const message = messages.find((m) => m.direction === "outbound" && m.deliveryStatus === raw);
      expect(message, `an outbound ${raw} message among the newest 100`).toBeDefined();
      const { id, contact } = message!;
      const thread = new ThreadPage(page);
      await thread.goto((contact.phone ?? contact.email ?? contact.facebookId)!, id);
      // Hydrated and virtualized: the server-rendered bubble has been replaced for good.
      await thread.ready();
      const bubble = thread.message(id);
      await expect(bubble).toBeInViewport();
      const status = bubble.locator("[data-status]");
      await expect(status).toHaveText(word);
      await expect(status).toHaveAttribute("title", `Delivery status: ${raw}`);
      await expect(status).toHaveAttribute("data-status", tone);
      // A failed message is noticed: red (by hue, as the browser paints it; Tailwind 4 writes oklch) and bold.
      // Polled, so a bubble re-rendered between two reads is read again rather than as a detached node.
      await expect
        .poll(() =>
          status.evaluate((e) => {
            const ctx = document.createElement("canvas").getContext("2d")!;
            ctx.fillStyle = getComputedStyle(e).color;
            ctx.fillRect(0, 0, 1, 1);
            const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
            const max = Math.max(r, g, b);
            const min = Math.min(r, g, b);
            let hue = 0;
            if (max === r) hue = (((g - b) / (max - min || 1)) * 60 + 360) % 360;
            else if (max === g) hue = ((b - r) / (max - min || 1)) * 60 + 120;
            else hue = ((r - g) / (max - min || 1)) * 60 + 240;
            const weight = Number(getComputedStyle(e).fontWeight);
            return {
              red: max - min > 80 && (hue <= 15 || hue >= 345),
              bold: weight >= 600,
              painted: `rgb(${r}, ${g}, ${b}) weight ${weight}`,
            };
          }),
        )
        .toMatchObject({ red: failed, bold: failed });
    });
  }

  // The 10,000-message version of this is `npm run bench:thread`: it takes minutes, not a CI test's seconds.
  test("scrolling up a 400-message thread reaches message #1 with a bounded DOM", async ({ page }) => {
    // Four page loads: seconds here, but a busy machine may take a minute.
    test.setTimeout(120_000);
    // Older pages grow going back (lib/inbox/thread-pages.ts): 3 requests for 350 messages, not 7.
    const older: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/messages" && url.searchParams.get("page") !== "1")
        older.push(`${url.searchParams.get("page")}/${url.searchParams.get("per_page")}`);
    });
    const thread = new ThreadPage(page);
    await thread.goto(MEDIUM);
    await thread.ready();
    await expect(thread.messageWithText(/#400\b/)).toBeInViewport();
    await thread.trackPeakMessageCount();
    const beginning = page.getByTestId("thread-beginning");
    // Each scroll to the top asks for the next older page; polled until the beginning shows.
    await expect
      .poll(
        async () => {
          await thread.setScrollTop(0);
          return beginning.isVisible();
        },
        { timeout: 60_000, intervals: [100] },
      )
      .toBe(true);
    const first = thread.messageWithText(/#1\b/);
    await expect(first).toBeVisible();
    await expect(first.locator("> div").first()).toHaveText(/^#1 /);
    expect(older.slice(0, 3)).toEqual(["2/50", "2/100", "2/200"]);
    expect(older.every((p) => ["2/50", "2/100", "2/200", "2/400"].includes(p))).toBe(true);
    // All 400 are loaded (THREAD_MAX_PAGES keeps 5 pages); the DOM never held more than a window of them.
    const peak = await thread.peakMessageCount();
    expect(peak).toBeGreaterThan(5);
    expect(peak).toBeLessThanOrEqual(MAX_DOM_MESSAGES);
  });

  test("the first visible message stays in place when an older page is prepended", async ({ page }) => {
    const thread = new ThreadPage(page);
    await thread.goto(BIG);
    await thread.ready();
    // Hold the browser's request for the next (older) page until the position is read:
    // however slow the machine, it cannot land before. (The browser's own call to the
    // app, not the server's to Octopush, which page.route could not see.)
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(
      (url) => url.pathname === "/api/messages" && url.searchParams.get("page") === "2",
      async (route) => {
        held++;
        await released;
        await route.continue();
      },
    );
    await thread.setScrollTop(0);
    const loading = page.getByText("Loading older messages…");
    await expect(loading).toBeVisible();
    await expect.poll(() => held).toBeGreaterThan(0);
    // Rows just scrolled into view get measured in the next frames; read the position once it is still.
    const before = await thread.stillFirstVisibleMessage();
    release();
    await expect(loading).toBeHidden();
    // 50 older messages now sit above it, and it has not moved.
    expect(await thread.scrollTop()).toBeGreaterThan(1000);
    // Once the new rows are measured (a frame or two), the message is where it was.
    await expect.poll(async () => Math.abs((await thread.offsetInLog(before.id))! - before.y)).toBeLessThanOrEqual(3);
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
    expect(await dialogsSoFar(page, dialogs)).toEqual([]);
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
    // The browser retries a failed load twice, with growing pauses, before it shows the error.
    test.slow();
    const { contacts } = await seed(page);
    // A contact no other test opens (the last generated one), so the fault touches nothing else.
    const contact = contacts.filter((c) => c.phoneNumber && c.phoneNumber !== MEDIUM && c.messageCount > 0).at(-1)!;
    const digits = contact.phoneNumber!.slice(1);
    const fault = (await (
      await page.request.post(`${SIM_URL}/__sim/faults`, { data: { match: digits, times: 50, status: 500 } })
    ).json()) as { id: number };
    const thread = new ThreadPage(page);
    await thread.goto(contact.phoneNumber!);
    const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await expect(alert).toContainText("could not be loaded", { timeout: 60_000 });
    await expect(alert).toContainText(/Octopush/);
    // Use up the fault by calling the simulator directly (faults apply before its credential
    // check), rather than clearing every fault, which would disturb tests running beside this one.
    const remaining = async () => {
      const rules = (await (await page.request.get(`${SIM_URL}/__sim/faults`)).json()) as Array<{
        id: number;
        remaining?: number;
      }>;
      return rules.find((r) => r.id === fault.id)?.remaining ?? 0;
    };
    // At most the 50 uses it was created with; the app may have used some meanwhile (extra calls are harmless).
    for (let left = await remaining(); left > 0; left--) {
      await page.request.get(`${SIM_URL}/v1/public/conversations/messages/list?contact=${digits}`);
    }
    expect(await remaining()).toBe(0);
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
    // Copying is asynchronous: the clipboard is read until it holds the copy.
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await header.getByRole("button", { name: "Copy phone" }).click();
    await expect.poll(clipboard).toBe(BIG);

    // The newest message, by its id (the list is virtualized: positions and text filters can shift).
    const { messages } = await fetchThreadPage(page.request, BIG, 1, 1);
    const id = messages[0]!.id;
    const newest = thread.message(id);
    await expect(newest).toContainText("#10000");
    await newest.hover();
    await newest.getByRole("button", { name: "Copy link to this message" }).click();
    await expect(newest.getByRole("status")).toHaveText("Link copied");
    await expect.poll(clipboard).toContain(`message=${id}`);
    const url = new URL(await clipboard());
    expect(url.pathname).toBe(`/conversations/${BIG}`);
    expect(url.searchParams.get("message")).toBe(id);

    await header.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(clipboard).toBe(`${new URL(page.url()).origin}/conversations/${BIG}`);
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
