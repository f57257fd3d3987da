import { expect, type Locator, type Page } from "@playwright/test";
import { INDEXED_APP_URL, INDEXED_SIM_URL } from "../support/env";

// The inbox list from the message index, in the indexed world (its own app and simulator).
export class IndexedInboxPage {
  readonly list: Locator;
  readonly filters: Locator;
  readonly channel: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole("navigation", { name: "Conversations" });
    this.filters = page.getByTestId("list-filters");
    this.channel = this.filters.getByLabel("Channel");
  }

  async goto(query = "") {
    await this.page.goto(`${INDEXED_APP_URL}/inbox${query}`);
    await expect(this.filters).toBeVisible();
  }

  row(key: string): Locator {
    return this.list.locator(`a[data-contact-key="${key}"]`);
  }

  unread(key: string): Locator {
    return this.row(key).getByTestId("unread-count").locator("[aria-hidden]");
  }

  filter(name: "All" | "Unread" | "Awaiting reply" | "Failed" | "Mine"): Locator {
    return this.filters.getByRole("link", { name: new RegExp(`^${name}\\b`) });
  }

  async filterCount(name: Parameters<IndexedInboxPage["filter"]>[0]): Promise<number> {
    return Number(await this.filter(name).getByTestId("filter-count").innerText());
  }
}

/**
 * A contact no other test uses: +33 79 and seven random digits. The seed's French mobiles are
 * +33 60–68 and +33 73–78, so none is ever a seeded contact; two tests' numbers are the same
 * once in ten million. (It was the time in milliseconds and three random digits, cut to eight:
 * two numbers made in the same millisecond were the same one in a thousand, and then an
 * outbound-only contact had the other's inbound message and showed under "Unread".)
 */
export function uniquePhone(): string {
  return `+3379${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

export interface AddedMessage {
  phone: string;
  name: string;
  direction?: "inbound" | "outbound";
  channel?: string;
  text?: string;
  status?: string;
  agent?: string;
}

/** Adds a message to the indexed world's simulator; answers its id. */
export async function addSimMessage(page: Page, m: AddedMessage): Promise<string> {
  const res = await page.request.post(`${INDEXED_SIM_URL}/__sim/messages`, {
    data: {
      contact_identifiers: { phone_number: m.phone },
      contact_name: m.name,
      channel: m.channel ?? "sms",
      direction: m.direction ?? "inbound",
      text: m.text ?? "Hello from an e2e test",
      ...(m.status ? { delivery_status: m.status } : {}),
      ...(m.agent ? { agent_assigned_to: m.agent } : {}),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { message: { message_id?: string; id?: string } }).message.message_id ?? "";
}
