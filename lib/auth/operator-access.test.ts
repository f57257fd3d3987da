import { describe, expect, it } from "vitest";
import { hasOperatorToken } from "./operator-access";

const TOKEN = "t".repeat(40);
const withAuth = (value?: string) =>
  new Request("http://127.0.0.1/api/health", { headers: value ? { authorization: value } : {} });

describe("hasOperatorToken", () => {
  it("accepts the configured bearer token", () => {
    expect(hasOperatorToken(withAuth(`Bearer ${TOKEN}`), TOKEN)).toBe(true);
    expect(hasOperatorToken(withAuth(`bearer ${TOKEN}`), TOKEN)).toBe(true);
  });

  it("refuses a wrong, partial or missing token, and any token when none is configured", () => {
    expect(hasOperatorToken(withAuth(`Bearer ${TOKEN}x`), TOKEN)).toBe(false);
    expect(hasOperatorToken(withAuth(`Bearer ${TOKEN.slice(1)}`), TOKEN)).toBe(false);
    expect(hasOperatorToken(withAuth(TOKEN), TOKEN)).toBe(false);
    expect(hasOperatorToken(withAuth(), TOKEN)).toBe(false);
    expect(hasOperatorToken(withAuth(`Bearer ${TOKEN}`), undefined)).toBe(false);
  });
});
