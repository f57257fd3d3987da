import { describe, expect, it } from "vitest";
import { hashShareToken, isWellFormedToken, newShareToken, shareAccountHash, tokenMatchesHash } from "./token";

describe("share tokens", () => {
  it("are 256 random bits in base64url, different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newShareToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it("are stored as a SHA-256 hash that does not contain the token and verifies only the same token", () => {
    const token = newShareToken();
    const hash = hashShareToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashShareToken(token)).toBe(hash);
    expect(tokenMatchesHash(token, hash)).toBe(true);
    expect(tokenMatchesHash(newShareToken(), hash)).toBe(false);
    expect(tokenMatchesHash(token, "abc")).toBe(false);
  });

  it("refuses malformed tokens before any lookup", () => {
    for (const bad of [
      "",
      "short",
      "a".repeat(42),
      "a".repeat(44),
      `${"a".repeat(42)}=`,
      `${"a".repeat(42)}/`,
      "../../etc",
    ]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });

  it("binds links to the Octopush account by a hash of its login", () => {
    const a = shareAccountHash("login-a@example.com");
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toContain("login-a");
    expect(shareAccountHash("login-b@example.com")).not.toBe(a);
  });
});
