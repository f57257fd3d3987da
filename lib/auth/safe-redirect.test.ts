import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_LOGIN, safeCallbackPath } from "./safe-redirect";

// A fallback no input equals, so a function that always fell back would fail every "kept" case,
// and one that kept everything would fail every "refused" case.
const FALLBACK = "/fallback-for-this-test";

describe("safeCallbackPath", () => {
  it.each([
    ["/inbox", "/inbox"],
    ["/conversations/+33612345678?message=x", "/conversations/+33612345678?message=x"],
    ["/conversations/cid_5b0c?message=42#m42", "/conversations/cid_5b0c?message=42#m42"],
    // Normalised the way the browser would resolve it, still on this origin.
    ["/inbox/../conversations/x", "/conversations/x"],
  ])("keeps the same-origin path %j as %s", (input, expected) => {
    expect(safeCallbackPath(input, FALLBACK)).toBe(expected);
  });

  it.each([
    ["//evil.example"],
    ["https://evil.example"],
    ["/\\evil.example"],
    ["javascript:alert(1)"],
    ["/\t/evil.example"],
    ["inbox"],
    [""],
    [undefined],
    [["/inbox", "//evil.example"]],
    [`/${"a".repeat(2048)}`],
  ])("refuses %j and falls back", (input) => {
    expect(safeCallbackPath(input, FALLBACK)).toBe(FALLBACK);
  });

  it("falls back to the inbox when no fallback is given", () => {
    expect(DEFAULT_AFTER_LOGIN).toBe("/inbox");
    expect(safeCallbackPath("//evil.example")).toBe("/inbox");
    expect(safeCallbackPath("/conversations/+33612345678")).toBe("/conversations/+33612345678");
  });
});
