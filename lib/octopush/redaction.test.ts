import { describe, expect, it } from "vitest";
import { buildListUrl, parseRetryAfter } from "./client";
import { redactUrl } from "./errors";

// The gateway's pure helpers: the URL it calls, what of it reaches logs, and how long
// Octopush asks us to wait.

describe("the list URL, redaction and Retry-After", () => {
  it("puts email, facebook_id and conversation_id in the query string", () => {
    const url = new URL(
      buildListUrl("http://h/v1/public/", { email: "a@b.co", facebook_id: "fid_1", conversation_id: "cid_x", page: 1 }),
    );
    expect(url.pathname).toBe("/v1/public/conversations/messages/list");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      email: "a@b.co",
      facebook_id: "fid_1",
      conversation_id: "cid_x",
      page: "1",
    });
  });

  it("masks filter values but keeps paging", () => {
    expect(
      redactUrl(
        "https://api.example/v1/public/conversations/messages/list?page=2&phone_number=%2B33612345678&email=a%40b.co",
      ),
    ).toBe("https://api.example/v1/public/conversations/messages/list?page=2&phone_number=***&email=***");
  });

  it("reads seconds and dates, and caps hostile values", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 2000).toUTCString())).toBeGreaterThan(500);
    expect(parseRetryAfter("99999")).toBe(60_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
