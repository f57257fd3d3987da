import { describe, expect, it } from "vitest";
import { isAllowed, parseAllowList } from "./allow-list";

describe("parseAllowList", () => {
  it("reads addresses and @domains, trimmed and lower-cased", () => {
    const list = parseAllowList(" Alex@Acme.example, @Partner.example ,, ");
    expect([...list.addresses]).toEqual(["alex@acme.example"]);
    expect([...list.domains]).toEqual(["partner.example"]);
    expect(list.problems).toEqual([]);
  });

  it("names each entry it cannot read", () => {
    expect(parseAllowList("acme.example, @, bob@").problems).toEqual([
      '"acme.example" is neither an e-mail address nor an @domain entry',
      '"@" is not a domain entry (write @example.com)',
      '"bob@" is neither an e-mail address nor an @domain entry',
    ]);
    expect(parseAllowList(" , ").problems).toEqual(["the list is empty"]);
  });
});

describe("isAllowed", () => {
  const list = parseAllowList("alex@acme.example,@partner.example");

  it("matches listed addresses and domains whatever the case, for both methods", () => {
    for (const method of ["password", "oidc"] as const) {
      expect(isAllowed(list, "ALEX@acme.example", method)).toBe(true);
      expect(isAllowed(list, "someone@PARTNER.example", method)).toBe(true);
    }
  });

  it("refuses others, look-alike domains and subdomains", () => {
    expect(isAllowed(list, "bob@acme.example", "password")).toBe(false);
    expect(isAllowed(list, "eve@evilpartner.example", "oidc")).toBe(false);
    expect(isAllowed(list, "eve@sub.partner.example", "oidc")).toBe(false);
    expect(isAllowed(list, "eve@partner.example.evil", "oidc")).toBe(false);
    expect(isAllowed(list, "", "password")).toBe(false);
    expect(isAllowed(list, undefined, "oidc")).toBe(false);
  });

  it("without a list, lets curated password accounts in and refuses SSO identities", () => {
    expect(isAllowed(null, "alex@acme.example", "password")).toBe(true);
    expect(isAllowed(null, "alex@acme.example", "oidc")).toBe(false);
  });
});
