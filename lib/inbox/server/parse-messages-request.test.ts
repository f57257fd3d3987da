import { describe, expect, it } from "vitest";
import { parseMessagesQuery, parseMessagesSearch } from "./parse-messages-request";

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

describe("parseMessagesSearch (the route's kept parse)", () => {
  const searches = [
    "",
    "?contact=%2B33612345678&per_page=50",
    "?contact=06%2012%2034%2056%2078&page=2",
    "?email=%20Jane@Example.org",
    "?per_page=250",
    "?contact=nobody",
    "?page=0",
    "?debug=1",
  ];

  it.each(searches)("answers %j as parseMessagesQuery does, the first time and again", (search) => {
    const expected = parseMessagesQuery(new URLSearchParams(search), "FR");
    expect(parseMessagesSearch(search, "FR")).toEqual(expected);
    expect(parseMessagesSearch(search, "FR")).toEqual(expected);
  });

  it("keeps the answer for a query string it has seen, frozen so no caller can change it for the next", () => {
    const first = parseMessagesSearch("?contact=0612345678&per_page=100", "FR");
    expect(parseMessagesSearch("?contact=0612345678&per_page=100", "FR")).toBe(first);
    if (!first.ok) throw new Error("expected a valid query");
    expect(Object.isFrozen(first.query)).toBe(true);
    expect(Object.isFrozen(first.query.filters)).toBe(true);
    expect(() => {
      (first.query.filters as Record<string, string>).contact = "+15555550100";
    }).toThrow(TypeError);
  });

  it("reads a national number with the default country it is given, not the one it saw first", () => {
    expect(parseMessagesSearch("?contact=0612345678", "FR")).toMatchObject({
      ok: true,
      query: { filters: { contact: "+33612345678" } },
    });
    expect(parseMessagesSearch("?contact=0612345678", "US")).toMatchObject({ ok: false });
  });

  it("still parses a query string too long to keep", () => {
    const search = `?contact=%2B33612345678&${"x".repeat(600)}=1`;
    expect(parseMessagesSearch(search, "FR")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Unknown parameter"),
    });
    expect(parseMessagesSearch(search, "FR")).not.toBe(parseMessagesSearch(search, "FR"));
  });
});
