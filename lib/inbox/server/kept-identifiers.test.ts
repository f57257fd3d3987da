import { describe, expect, it } from "vitest";
import { parseIdentifier, parsePhone } from "@/lib/inbox/identifiers";
import { parseIdentifierKept, parsePhoneKept } from "./kept-identifiers";

describe("kept identifier parses (the server's)", () => {
  const inputs = ["+33612345678", "06 12 34 56 78", " Jane@Example.org", "fid_123", "123", "nobody", "12", ""];

  it.each(inputs)("parseIdentifierKept(%j) answers as parseIdentifier does, the first time and again", (input) => {
    for (const hint of [undefined, "facebook"] as const) {
      const expected = parseIdentifier(input, { defaultCountry: "FR", hint });
      expect(parseIdentifierKept(input, { defaultCountry: "FR", hint })).toEqual(expected);
      expect(parseIdentifierKept(input, { defaultCountry: "FR", hint })).toEqual(expected);
    }
  });

  it.each(inputs)("parsePhoneKept(%j) answers as parsePhone does, the first time and again", (input) => {
    const expected = parsePhone(input, "FR");
    expect(parsePhoneKept(input, "FR")).toEqual(expected);
    expect(parsePhoneKept(input, "FR")).toEqual(expected);
  });

  it("keeps the answer for an input it has seen, frozen so no caller can change it for the next", () => {
    const first = parseIdentifierKept("0612345678", { defaultCountry: "FR" });
    expect(parseIdentifierKept("0612345678", { defaultCountry: "FR" })).toBe(first);
    if (!first.ok) throw new Error("expected a phone number");
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.identifier)).toBe(true);
    expect(() => {
      (first.identifier as { value: string }).value = "+15555550100";
    }).toThrow(TypeError);
    const refused = parsePhoneKept("12", "FR");
    expect(Object.isFrozen(refused)).toBe(true);
    if (refused.ok) throw new Error("expected a refusal");
    expect(Object.isFrozen(refused.problem)).toBe(true);
  });

  it("reads a national number with the default country it is given, not the one it saw first", () => {
    expect(parseIdentifierKept("0612345678", { defaultCountry: "FR" })).toMatchObject({
      ok: true,
      identifier: { value: "+33612345678" },
    });
    expect(parseIdentifierKept("0612345678", { defaultCountry: "US" })).toMatchObject({ ok: false });
    expect(parsePhoneKept("0612345678", "FR")).toMatchObject({ ok: true });
    expect(parsePhoneKept("0612345678", "US")).toMatchObject({ ok: false });
  });

  it("tells a hint apart: a bare number is a Facebook id only when the agent said so", () => {
    expect(parseIdentifierKept("1234567890", { defaultCountry: "FR", hint: "facebook" })).toMatchObject({
      ok: true,
      identifier: { kind: "facebook", value: "fid_1234567890" },
    });
    expect(parseIdentifierKept("1234567890", { defaultCountry: "FR" })).not.toMatchObject({
      identifier: { kind: "facebook" },
    });
  });

  it("still parses input too long to keep", () => {
    const input = `+33612345678${" ".repeat(600)}`;
    expect(parseIdentifierKept(input, { defaultCountry: "FR" })).toEqual(
      parseIdentifier(input, { defaultCountry: "FR" }),
    );
    expect(parseIdentifierKept(input, { defaultCountry: "FR" })).not.toBe(
      parseIdentifierKept(input, { defaultCountry: "FR" }),
    );
  });
});
