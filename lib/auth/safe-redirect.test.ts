import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/inbox", "/inbox"],
    ["/conversations/+33612345678?message=x", "/conversations/+33612345678?message=x"],
    ["/conversations/cid_5b0c?message=42#m42", "/conversations/cid_5b0c?message=42#m42"],
    ["//evil.example", "/inbox"],
    ["https://evil.example", "/inbox"],
    ["/\\evil.example", "/inbox"],
    ["javascript:alert(1)", "/inbox"],
    ["/\t/evil.example", "/inbox"],
    ["inbox", "/inbox"],
    ["", "/inbox"],
    [undefined, "/inbox"],
    [["/inbox", "//evil.example"], "/inbox"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
