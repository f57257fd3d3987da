import { describe, expect, it } from "vitest";
import {
  castPositiveInt,
  normaliseContact,
  normaliseConversationId,
  normaliseEmail,
  normaliseFacebookId,
  normalisePhone,
  parseListQuery,
} from "./query";

describe("lenient casting", () => {
  it("casts page and per_page like Octopush", () => {
    expect(castPositiveInt(null, 1)).toBe(1);
    expect(castPositiveInt("abc", 1)).toBe(1);
    expect(castPositiveInt("0", 50)).toBe(50);
    expect(castPositiveInt("-3", 50)).toBe(50);
    expect(castPositiveInt("2.7", 50)).toBe(2);
    expect(castPositiveInt(" 7 ", 50)).toBe(7);
    expect(castPositiveInt("5000", 50, 1000)).toBe(1000);
  });

  it("normalises phone numbers and ignores what it cannot fix", () => {
    expect(normalisePhone("+33 6 12 34 56 78")).toBe("+33612345678");
    expect(normalisePhone("0033612345678")).toBe("+33612345678");
    expect(normalisePhone(" 33612345678")).toBe("+33612345678");
    expect(normalisePhone("+33-6.12(34)56/78")).toBe("+33612345678");
    expect(normalisePhone("0612345678")).toBeNull();
    expect(normalisePhone("abc")).toBeNull();
  });

  it("normalises e-mails, facebook and conversation ids", () => {
    expect(normaliseEmail("  Eloise.Muller@Example.FR ")).toBe("eloise.muller@example.fr");
    expect(normaliseEmail("not-an-email")).toBeNull();
    expect(normaliseFacebookId("FID_123456")).toBe("fid_123456");
    expect(normaliseFacebookId("123456")).toBe("fid_123456");
    expect(normaliseFacebookId("fid_abc")).toBeNull();
    const uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(normaliseConversationId(`CID_${uuid.toUpperCase()}`)).toBe(`cid_${uuid}`);
    expect(normaliseConversationId("cid_nope")).toBeNull();
  });

  it("recognises the kind of a contact value", () => {
    expect(normaliseContact("+33612345678")).toEqual({ kind: "phone", value: "+33612345678" });
    expect(normaliseContact("A@B.example")).toEqual({ kind: "email", value: "a@b.example" });
    expect(normaliseContact("fid_42")).toEqual({ kind: "facebook", value: "fid_42" });
    expect(normaliseContact("cid_0f8fad5b-d9cb-469f-a165-70867728950e")?.kind).toBe("conversation");
    expect(normaliseContact("hello")).toBeNull();
  });

  it("drops filters it cannot understand", () => {
    const q = parseListQuery(
      new URLSearchParams("page=abc&per_page=0&phone_number=abc&email=x&facebook_id=&conversation_id=zz"),
    );
    expect(q).toEqual({ page: 1, perPage: 50 });
  });
});
