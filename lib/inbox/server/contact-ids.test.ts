import { describe, expect, it } from "vitest";
import { canonicalContactIds } from "./contact-ids";

describe("canonicalContactIds", () => {
  it("gives each raw identifier its canonical form, and leaves out what it cannot read", () => {
    expect(canonicalContactIds({ phone: "0612345678", email: " Jane@Example.org ", facebookId: "42" }, "FR")).toEqual({
      phone: { kind: "phone", value: "+33612345678", display: "+33 6 12 34 56 78" },
      email: { kind: "email", value: "jane@example.org", display: "jane@example.org" },
      facebook: { kind: "facebook", value: "fid_42", display: "fid_42" },
    });
    expect(canonicalContactIds({ phone: "not a phone", email: "nope", facebookId: null }, "FR")).toEqual({});
  });

  it("reads a national number with the country it is given, even for the same raw value", () => {
    expect(canonicalContactIds({ phone: "(415) 555-0123", email: null, facebookId: null }, "US").phone?.value).toBe(
      "+14155550123",
    );
    expect(canonicalContactIds({ phone: "(415) 555-0123", email: null, facebookId: null }, "FR").phone).toBeUndefined();
  });
});
