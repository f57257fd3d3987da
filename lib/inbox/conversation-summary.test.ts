import { describe, expect, it } from "vitest";
import { oneLine, summarizeConversations } from "./conversation-summary";
import { canonicalContactIds } from "@/lib/inbox/server/contact-ids";
import type { InboxMessage } from "./types";

let seq = 0;
// Messages as /api/messages sends them: the server adds the canonical contact ids.
function msg(
  partial: Partial<Omit<InboxMessage, "contact" | "contactIds">> & { contact?: Partial<InboxMessage["contact"]> },
  country = "FR",
): InboxMessage {
  seq += 1;
  const contact = { phone: null, email: null, facebookId: null, ...partial.contact };
  return {
    contactIds: canonicalContactIds(contact, country),
    id: partial.id ?? `m${seq}`,
    text: partial.text ?? `text ${seq}`,
    direction: partial.direction ?? "inbound",
    channel: partial.channel ?? "sms",
    deliveryStatus: partial.deliveryStatus ?? null,
    agent: partial.agent ?? null,
    contactName: partial.contactName ?? null,
    contact,
    sentAt: partial.sentAt ?? null,
  };
}

describe("summarizeConversations", () => {
  it("groups by contact, newest contact first, with the newest message as the preview", () => {
    const list = summarizeConversations([
      msg({
        text: "newest from Jane",
        contactName: "Jane",
        contact: { phone: "+33612345678" },
        direction: "outbound",
        deliveryStatus: "DELIVERED",
        agent: "camille",
      }),
      msg({ text: "from Bob", contactName: "Bob", contact: { email: "bob@example.org" } }),
      msg({ text: "older from Jane", contactName: "Jane", contact: { phone: "+33612345678" } }),
    ]);
    expect(list.map((c) => c.key)).toEqual(["+33612345678", "bob@example.org"]);
    expect(list[0]).toMatchObject({
      name: "Jane",
      title: "Jane",
      loadedCount: 2,
      agent: "camille",
      last: { preview: "newest from Jane", direction: "outbound", deliveryStatus: "DELIVERED", channel: "sms" },
    });
  });

  it("keys a contact by phone (E.164) before e-mail before Facebook id", () => {
    const [both] = summarizeConversations([
      msg({ contact: { phone: "+33 6 12 34 56 78", email: "Jane@Example.org", facebookId: "fid_42" } }),
    ]);
    expect(both?.key).toBe("+33612345678");
    const [emailOnly] = summarizeConversations([msg({ contact: { email: "Jane@Example.org", facebookId: "fid_42" } })]);
    expect(emailOnly?.key).toBe("jane@example.org");
    const [fbOnly] = summarizeConversations([msg({ channel: "facebook", contact: { facebookId: "42" } })]);
    expect(fbOnly?.key).toBe("fid_42");
  });

  it("reads a national phone number with the default country", () => {
    const [us] = summarizeConversations([msg({ contact: { phone: "(415) 555-0123" } }, "US")]);
    expect(us?.key).toBe("+14155550123");
    expect(us?.identifier?.display).toBe("+1 415 555 0123");
  });

  it("merges messages of one contact that share any identifier", () => {
    const list = summarizeConversations([
      msg({ channel: "facebook", contactName: "Zoë", contact: { facebookId: "fid_7" } }),
      msg({ channel: "sms", contactName: "Zoë", contact: { phone: "+4915123456789", facebookId: "fid_7" } }),
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: "+4915123456789", loadedCount: 2, last: { channel: "facebook" } });
  });

  it("titles a contact without a name by its readable identifier, else leaves the title to the UI", () => {
    const list = summarizeConversations([
      msg({ contact: { phone: "+33612345678" } }),
      msg({ contactName: null }),
      msg({ contactName: null }),
    ]);
    expect(list[0]).toMatchObject({ name: null, title: "+33 6 12 34 56 78" });
    // No identifier: the rows cannot be linked and are not merged with each other.
    expect(list.slice(1).map((c) => [c.key, c.title])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(new Set(list.map((c) => c.id)).size).toBe(3);
  });

  it("ignores unreadable identifiers instead of inventing a key", () => {
    const [c] = summarizeConversations([msg({ contactName: "Odd", contact: { phone: "not a phone", email: "nope" } })]);
    expect(c).toMatchObject({ key: null, title: "Odd" });
  });

  it("counts a message repeated across pages once", () => {
    const a = msg({ id: "same", contact: { phone: "+33612345678" } });
    const [c] = summarizeConversations([a, { ...a }]);
    expect(c?.loadedCount).toBe(1);
  });

  it("takes the assigned agent from the newest message that names one", () => {
    const [c] = summarizeConversations([
      msg({ contact: { email: "a@b.co" } }),
      msg({ contact: { email: "a@b.co" }, agent: "Julien" }),
      msg({ contact: { email: "a@b.co" }, agent: "old" }),
    ]);
    expect(c?.agent).toBe("Julien");
    expect(c?.last.agent).toBeNull();
  });

  it("returns nothing for no messages", () => {
    expect(summarizeConversations([])).toEqual([]);
  });
});

describe("oneLine", () => {
  it.each([
    ["a\nb\t c   d", "a b c d"],
    ["  \n ", null],
    [null, null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
});
