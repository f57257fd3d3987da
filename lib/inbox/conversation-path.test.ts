import { describe, expect, it } from "vitest";
import { conversationKeyOfPath, conversationPath } from "./conversation-path";

describe("conversationPath", () => {
  it.each([
    ["+33612345678", undefined, "/conversations/+33612345678"],
    ["ana@example.com", undefined, "/conversations/ana@example.com"],
    ["fid_123", "m 1/2", "/conversations/fid_123?message=m%201%2F2"],
    ["cid_a/b", undefined, "/conversations/cid_a%2Fb"],
  ])("%s, message %s → %s", (key, message, expected) => {
    expect(conversationPath(key, message)).toBe(expected);
  });
});

describe("conversationKeyOfPath", () => {
  it("reads back the key of every path conversationPath builds (a pathname: no query)", () => {
    for (const key of ["+33612345678", "ana@example.com", "fid_123", "cid_a/b", "cid_é"]) {
      expect(conversationKeyOfPath(conversationPath(key))).toBe(key);
    }
  });

  it.each([["/inbox"], ["/conversations/"], [null], ["/conversations/%E0%A4%A"]])("%j → null", (path) => {
    expect(conversationKeyOfPath(path)).toBeNull();
  });
});
