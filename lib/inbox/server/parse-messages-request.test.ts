import { describe, expect, it } from "vitest";
import { parseMessagesQuery } from "./parse-messages-request";

function parse(qs: string) {
  return parseMessagesQuery(new URLSearchParams(qs), "FR");
}

describe("parseMessagesQuery", () => {
  it("defaults to page 1 of 50 with no filter", () => {
    expect(parse("")).toEqual({ ok: true, query: { page: 1, perPage: 50, filters: {} } });
  });

  it.each([
    ["phone_number=06%2012%2034%2056%2078", { phone_number: "+33612345678" }],
    ["contact=0033612345678", { contact: "+33612345678" }],
    ["email=%20Jane@Example.org", { email: "jane@example.org" }],
    ["facebook_id=123", { facebook_id: "fid_123" }],
    [
      "conversation_id=0F8E4C1A-2B3D-4E5F-8A9B-0C1D2E3F4A5B",
      { conversation_id: "cid_0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b" },
    ],
  ])("normalises %s to its canonical form", (qs, filters) => {
    expect(parse(`page=3&per_page=100&${qs}`)).toEqual({ ok: true, query: { page: 3, perPage: 100, filters } });
  });

  it.each(["200", "800", "1000"])("accepts per_page=%s, a multiple of 100 for deep history", (perPage) => {
    expect(parse(`per_page=${perPage}`)).toMatchObject({ ok: true, query: { perPage: Number(perPage) } });
  });

  it("reads fullwidth digits and a fullwidth @ the same way in every filter (NFKC)", () => {
    const fullwidthPhone = encodeURIComponent("＋３３６１２３４５６７８");
    expect(parse(`contact=${fullwidthPhone}`)).toMatchObject({
      ok: true,
      query: { filters: { contact: "+33612345678" } },
    });
    expect(parse(`phone_number=${fullwidthPhone}`)).toMatchObject({
      ok: true,
      query: { filters: { phone_number: "+33612345678" } },
    });
    expect(parse(`email=${encodeURIComponent("jane＠example.org")}`)).toMatchObject({
      ok: true,
      query: { filters: { email: "jane@example.org" } },
    });
    expect(parse(`facebook_id=${encodeURIComponent("１２３")}`)).toMatchObject({
      ok: true,
      query: { filters: { facebook_id: "fid_123" } },
    });
  });

  it.each([
    ["page=0", /page must be a whole number/],
    ["page=-1", /page must be a whole number/],
    ["page=1.5", /page must be a whole number/],
    ["page=abc", /page must be a whole number/],
    ["page=99999999999", /page must be a whole number/],
    ["per_page=0", /per_page must be a whole number from 1 to 100/],
    ["per_page=101", /per_page/],
    ["page=1&page=2", /more than once/],
    ["foo=bar", /Unknown parameter "foo"/],
    ["phone_number=hello", /phone_number:/],
    ["email=%2B33612345678", /email:/],
    ["facebook_id=abc", /facebook_id:/],
    ["conversation_id=123", /conversation_id:/],
    ["contact=%3Cscript%3E", /contact:/],
    [`email=${"a".repeat(300)}@x.io`, /too long/],
  ])("refuses %s with a message a person can act on", (qs, message) => {
    const result = parse(qs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
