import { describe, expect, it } from "vitest";
import { contactSummary } from "./thread-contact";
import { inboxMessage } from "@/lib/testing/inbox-message";
import type { InboxMessage } from "./types";

const msg = (extra: Partial<InboxMessage>): InboxMessage => inboxMessage(extra);

describe("contactSummary", () => {
  it("names the contact with the newest name and lists identifiers, channels and agents", () => {
    const summary = contactSummary("+33612345678", [
      msg({
        contactName: "Jeanne",
        channel: "whatsapp",
        agent: "Bob",
        contact: { phone: "+33612345678", email: "j@x.fr", facebookId: null },
      }),
      msg({ contactName: "Old name", channel: "sms", agent: "Alice" }),
      msg({ channel: "carrier_pigeon", agent: "Bob" }),
    ]);
    expect(summary.title).toBe("Jeanne");
    expect(summary.hasName).toBe(true);
    expect(summary.identifiers).toEqual([
      { kind: "phone", value: "+33612345678" },
      { kind: "email", value: "j@x.fr" },
    ]);
    expect(summary.channels).toEqual(["sms", "whatsapp", "carrier_pigeon"]);
    expect(summary.agents).toEqual(["Bob", "Alice"]);
  });

  it("falls back on the best identifier without a name", () => {
    expect(contactSummary("jane@example.org", [msg({})]).title).toBe("jane@example.org");
    expect(contactSummary("fid_42", []).title).toBe("fid_42");
    const cid = "cid_0b7e6c9e-1f0a-4b7e-9a55-3c2d1e0f9a8b";
    const summary = contactSummary(cid, []);
    expect(summary.title).toBe(cid);
    expect(summary.identifiers).toEqual([{ kind: "conversation", value: cid }]);
  });
});
