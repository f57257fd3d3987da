import { describe, expect, it } from "vitest";
import { maskEmail, maskOther, maskPhone } from "./mask";
import { maskedSummary, withoutContactIds } from "./shared-contact";

describe("masking a contact's identifiers", () => {
  it("keeps only the last two digits of a phone number, and its separators", () => {
    expect(maskPhone("+33612345678")).toBe("+•••••••••78");
    expect(maskPhone("+33 6 12 34 56 78")).toBe("+•• • •• •• •• 78");
    expect(maskPhone("7")).toBe("7");
    expect(maskPhone("+33612345678")).not.toMatch(/3361234/);
  });

  it("keeps only the domain of an e-mail address", () => {
    expect(maskEmail("jane.doe@example.com")).toBe("•••@example.com");
    expect(maskEmail("a@b.fr")).toBe("•••@b.fr");
    expect(maskEmail("odd@local@example.org")).toBe("•••@example.org");
    expect(maskEmail("no-at-sign")).toBe("•••");
  });

  it("keeps the last two characters of other identifiers", () => {
    expect(maskOther("fid_1234567890")).toBe("•••90");
    expect(maskOther("abc")).toBe("•••");
  });

  it("masks the header's identifiers, and the title when it is an identifier rather than a name", () => {
    const unnamed = maskedSummary({
      title: "+33612345678",
      hasName: false,
      identifiers: [
        { kind: "phone", value: "+33612345678" },
        { kind: "email", value: "jane@example.com" },
      ],
      channels: ["sms"],
      agents: [],
    });
    expect(unnamed.title).toBe("+•••••••••78");
    expect(unnamed.identifiers.map((i) => i.value)).toEqual(["+•••••••••78", "•••@example.com"]);
    const named = maskedSummary({ ...unnamed, title: "Jane Doe", hasName: true });
    expect(named.title).toBe("Jane Doe");
  });

  it("strips the contact's identifiers from a message", () => {
    const stripped = withoutContactIds({
      id: "m1",
      text: "hello",
      direction: "inbound",
      channel: "sms",
      deliveryStatus: null,
      agent: null,
      contactName: "Jane",
      contact: { phone: "+33612345678", email: "jane@example.com", facebookId: null },
      contactIds: { phone: { kind: "phone", value: "+33612345678" } as never },
      sentAt: null,
    });
    expect(JSON.stringify(stripped)).not.toContain("33612345678");
    expect(JSON.stringify(stripped)).not.toContain("jane@");
    expect(stripped.text).toBe("hello");
  });
});
