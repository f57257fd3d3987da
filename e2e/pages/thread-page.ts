import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { conversationPath } from "../../lib/inbox/conversation-path";
import type { InboxMessage, MessagesPage } from "../../lib/inbox/types";

/** The conversation screen at /conversations/<key>. */
export class ThreadPage {
  readonly log: Locator;
  readonly messages: Locator;

  constructor(readonly page: Page) {
    this.log = page.getByRole("log");
    this.messages = page.locator("[data-message-id]");
  }

  async goto(contactKey: string, messageId?: string) {
    await this.page.goto(conversationPath(contactKey, messageId));
  }

  /** Waits until the thread is interactive (hydrated and virtualized). */
  async ready() {
    await expect(this.log).toBeVisible();
    await expect(this.messages.first()).toBeVisible();
    await this.page.waitForFunction(() => document.querySelector('[data-testid="thread-log"] [data-index]') !== null);
  }

  message(id: string): Locator {
    return this.page.locator(`[data-message-id="${id}"]`);
  }

  messageWithText(text: string | RegExp): Locator {
    return this.messages.filter({ hasText: text });
  }

  async scrollTop(): Promise<number> {
    return this.log.evaluate((el) => el.scrollTop);
  }

  async setScrollTop(value: number) {
    await this.log.evaluate((el, v) => {
      el.scrollTop = v;
    }, value);
  }

  /** Where a message is, from the top of the log (the header above may change height). */
  async offsetInLog(id: string): Promise<number | null> {
    return this.log.evaluate((log, id) => {
      const el = log.querySelector(`[data-message-id="${id}"]`);
      return el ? el.getBoundingClientRect().top - log.getBoundingClientRect().top : null;
    }, id);
  }

  /** The message element nearest the top of the visible part of the log, and its offset from the log's top. */
  async firstVisibleMessage(): Promise<{ id: string; y: number } | null> {
    return this.log.evaluate((log) => {
      const top = log.getBoundingClientRect().top;
      let best: { id: string; y: number } | null = null;
      for (const el of log.querySelectorAll<HTMLElement>("[data-message-id]")) {
        const r = el.getBoundingClientRect();
        if (r.bottom <= top + 1) continue;
        if (!best || r.top - top < best.y) best = { id: el.dataset.messageId ?? "", y: r.top - top };
      }
      return best;
    });
  }

  /**
   * firstVisibleMessage once the layout has settled: two reads an animation frame
   * apart agree (rows just scrolled into view are measured in the next frames).
   */
  async stillFirstVisibleMessage(): Promise<{ id: string; y: number }> {
    let settled: { id: string; y: number } | null = null;
    await expect
      .poll(async () => {
        const a = await this.firstVisibleMessage();
        await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const b = await this.firstVisibleMessage();
        settled = b;
        return a !== null && b !== null && a.id === b.id && a.y === b.y;
      })
      .toBe(true);
    return settled!;
  }

  async domMessageCount(): Promise<number> {
    return this.messages.count();
  }

  /** From now on, records the most message elements the log ever holds (every DOM change, not samples). */
  async trackPeakMessageCount(): Promise<void> {
    await this.log.evaluate((log) => {
      const w = window as unknown as { __e2ePeakMessages?: number };
      const count = () => {
        w.__e2ePeakMessages = Math.max(w.__e2ePeakMessages ?? 0, log.querySelectorAll("[data-message-id]").length);
      };
      count();
      new MutationObserver(count).observe(log, { childList: true, subtree: true });
    });
  }

  async peakMessageCount(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __e2ePeakMessages?: number }).__e2ePeakMessages ?? 0);
  }
}

/** One page of a contact's messages through the app's API (newest first), with the signed-in request. */
export async function fetchThreadPage(
  request: APIRequestContext,
  contactKey: string,
  page: number,
  perPage = 50,
): Promise<MessagesPage> {
  const res = await request.get(
    `/api/messages?contact=${encodeURIComponent(contactKey)}&page=${page}&per_page=${perPage}`,
  );
  expect(res.status(), await res.text().catch(() => "")).toBe(200);
  return (await res.json()) as MessagesPage;
}

export type { InboxMessage };
