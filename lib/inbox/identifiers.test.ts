import { z } from "zod";
import { describe, expect, it } from "vitest";
import { EMAIL_RE, parseIdentifier, parsePhone, type IdentifierKind } from "./identifiers";

type Case = [input: string, country: string, kind: IdentifierKind, value: string, hint?: IdentifierKind];

const valid: Case[] = [
  ["+33 6 12 34 56 78", "FR", "phone", "+33612345678"],
  ["0612345678", "FR", "phone", "+33612345678"],
  ["06.12.34.56.78", "FR", "phone", "+33612345678"],
  ["06-12-34-56-78", "FR", "phone", "+33612345678"],
  ["0033612345678", "FR", "phone", "+33612345678"],
  ["0033 6 12 34 56 78", "US", "phone", "+33612345678"],
  ["+33612345678", "US", "phone", "+33612345678"],
  ["  +33 (0)6 12 34 56 78 ", "FR", "phone", "+33612345678"],
  ["(415) 555-0123", "US", "phone", "+14155550123"],
  ["415-555-0123", "US", "phone", "+14155550123"],
  ["+1 415 555 0123", "FR", "phone", "+14155550123"],
  ["07400 123456", "GB", "phone", "+447400123456"],
  ["+44 7400 123456", "FR", "phone", "+447400123456"],
  ["0151 23456789", "DE", "phone", "+4915123456789"],
  ["612 34 56 78", "ES", "phone", "+34612345678"],
  ["0612-345678", "MA", "phone", "+212612345678"],
  ["＋３３６１２３４５６７８", "FR", "phone", "+33612345678"],
  ["jane@example.org", "FR", "email", "jane@example.org"],
  ["  Jane.Doe@Example.ORG ", "FR", "email", "jane.doe@example.org"],
  ["agent+tag@sub.example.co.uk", "FR", "email", "agent+tag@sub.example.co.uk"],
  ["fid_1234567890", "FR", "facebook", "fid_1234567890"],
  ["FID_42", "FR", "facebook", "fid_42"],
  ["1234567890123", "FR", "facebook", "fid_1234567890123", "facebook"],
  ["fid_99", "FR", "facebook", "fid_99", "facebook"],
  ["cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b", "FR", "conversation", "cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b"],
  ["CID_0F8E4C1A-2B3D-4E5F-8A9B-0C1D2E3F4A5B", "FR", "conversation", "cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b"],
  ["0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b", "FR", "conversation", "cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b"],
  // The default country decides what a national number means.
  ["4155550123", "US", "phone", "+14155550123"],
  ["+1 (415) 555-0123", "FR", "phone", "+14155550123"],
  ["001 415 555 0123", "FR", "phone", "+14155550123"],
  ["0470 12 34 56", "BE", "phone", "+32470123456"],
  ["079 123 45 67", "CH", "phone", "+41791234567"],
  ["06 12 34 56 78", "fr", "phone", "+33612345678"],
  ["  987654321 ", "FR", "facebook", "fid_987654321", "facebook"],
];

const invalid: Array<[input: string, country: string, hint?: IdentifierKind]> = [
  ["", "FR"],
  ["   ", "FR"],
  ["hello", "FR"],
  ["12", "FR"],
  ["0612", "FR"],
  ["+33 6 12", "FR"],
  ["06 12 34 56 78 90 12", "FR"],
  ["+999 123456789", "FR"],
  ["06123456ab", "FR"],
  ["jane@", "FR"],
  ["@example.org", "FR"],
  ["jane@@example.org", "FR"],
  ["jane doe@example.org", "FR"],
  ["fid_", "FR"],
  ["fid_abc", "FR"],
  ["fid_12 34", "FR"],
  ["abc", "FR", "facebook"],
  ["cid_123", "FR"],
  ["cid_0f8e4c1a-2b3d-4e5f-8a9b", "FR"],
  ["<script>alert(1)</script>", "FR"],
  ["' OR 1=1 --", "FR"],
  ["x".repeat(300), "FR"],
  ["+33612345678", "FR", "email"],
  ["555-0123", "US"],
  // A national number read with the wrong default country is refused, not guessed.
  ["(415) 555-0123", "FR"],
  ["0612345678", "US"],
  ["+33 6 12 34 56 78", "FR", "facebook"],
];

describe("parseIdentifier", () => {
  it.each(valid)("reads %j (default %s) as %s %s", (input, country, kind, value, hint) => {
    const result = parseIdentifier(input, { defaultCountry: country, hint });
    expect(result).toMatchObject({ ok: true, identifier: { kind, value } });
  });

  it.each(invalid)("refuses %j (default %s)", (input, country, hint) => {
    const result = parseIdentifier(input, { defaultCountry: country, hint });
    expect(result.ok).toBe(false);
  });

  it.each([
    ["", "FR", undefined, { code: "empty" }],
    ["x".repeat(300), "FR", undefined, { code: "tooLong", max: 254 }],
    ["06123456ab", "FR", undefined, { code: "unrecognised" }],
    ["0612", "FR", undefined, { code: "phoneTooShort" }],
    ["(415) 555-0123", "FR", undefined, { code: "phoneInvalid", input: "(415) 555-0123", country: "FR" }],
    ["0612345678", "us", undefined, { code: "phoneInvalid", input: "0612345678", country: "US" }],
    ["cid_123", "FR", undefined, { code: "conversationFormat" }],
    ["fid_abc", "FR", undefined, { code: "facebookFormat" }],
    ["abc", "FR", "facebook", { code: "facebookDigits" }],
    ["jane@@example.org", "FR", undefined, { code: "emailInvalid", input: "jane@@example.org" }],
    ["+33612345678", "FR", "email", { code: "emailInvalid", input: "+33612345678" }],
    ["hello", "FR", "conversation", { code: "conversationHint" }],
    ["hello", "FR", undefined, { code: "unrecognised" }],
  ] as const)("says why %j (default %s, hint %s) is refused", (input, country, hint, problem) => {
    expect(parseIdentifier(input, { defaultCountry: country, hint })).toEqual({ ok: false, problem });
  });

  it("says a phone filter holds characters no phone number has", () => {
    expect(parsePhone("06123456ab", "FR")).toEqual({ ok: false, problem: { code: "phoneCharacters" } });
  });

  it("shows what it understood in a readable form", () => {
    const result = parseIdentifier("0612345678", { defaultCountry: "FR" });
    expect(result).toMatchObject({ ok: true, identifier: { kind: "phone", display: "+33 6 12 34 56 78" } });
  });

  it("gives every spelling of one number the same canonical value", () => {
    const values = ["+33 6 12 34 56 78", "0612345678", "06.12.34.56.78", "0033612345678"].map((input) => {
      const r = parseIdentifier(input, { defaultCountry: "FR" });
      return r.ok ? r.identifier.value : r.problem.code;
    });
    expect(new Set(values)).toEqual(new Set(["+33612345678"]));
  });
});

describe("EMAIL_RE", () => {
  it("is zod's own e-mail pattern, so server and browser agree", () => {
    expect(EMAIL_RE.source).toBe(z.regexes.email.source);
    expect(EMAIL_RE.flags).toBe(z.regexes.email.flags);
  });
});
