import { describe, expect, it } from "vitest";
import { API_CSP, applySecurityHeaders, HSTS, isHttps, makeNonce, pageCsp } from "./headers";

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(";").map(
      (d) =>
        d
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

describe("pageCsp", () => {
  it("allows scripts only by nonce, never inline, and forbids framing, plugins and foreign forms", () => {
    const d = directives(pageCsp({ nonce: "abc123" }));
    expect(d.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'self'");
    expect(d.get("form-action")).toBe("'self'");
    expect(d.get("connect-src")).toBe("'self'");
  });

  it("lets the sign-in form reach the SSO issuer, and dev tooling eval only in dev", () => {
    const d = directives(pageCsp({ nonce: "n", formActionOrigins: ["https://sso.acme.example"], dev: true }));
    expect(d.get("form-action")).toBe("'self' https://sso.acme.example");
    expect(d.get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("applySecurityHeaders", () => {
  it("sets the fixed headers and the CSP, and HSTS only over HTTPS", () => {
    const plain = new Headers();
    applySecurityHeaders(plain, { csp: API_CSP, https: false });
    expect(plain.get("x-frame-options")).toBe("DENY");
    expect(plain.get("x-content-type-options")).toBe("nosniff");
    expect(plain.get("referrer-policy")).toBe("same-origin");
    expect(plain.get("permissions-policy")).toContain("camera=()");
    expect(plain.get("content-security-policy")).toBe(API_CSP);
    expect(plain.get("strict-transport-security")).toBeNull();
    const secure = new Headers();
    applySecurityHeaders(secure, { csp: API_CSP, https: true });
    expect(secure.get("strict-transport-security")).toMatch(/^max-age=\d+/);
  });
});

describe("isHttps", () => {
  it("reads the URL or the proxy's X-Forwarded-Proto", () => {
    expect(isHttps(new URL("https://inbox.acme.example/"), new Headers())).toBe(true);
    expect(isHttps(new URL("http://127.0.0.1:3000/"), new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(new URL("http://127.0.0.1:3000/"), new Headers())).toBe(false);
  });
});

describe("makeNonce", () => {
  it("is fresh and long enough", () => {
    const a = makeNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(makeNonce()).not.toBe(a);
  });
});

describe("next.config.js", () => {
  it("gives static files the same fixed headers as proxy.ts gives pages", async () => {
    const { STATIC_HEADERS } = (await import("../../next.config.js")) as {
      STATIC_HEADERS: { key: string; value: string }[];
    };
    const { STATIC_SECURITY_HEADERS } = await import("./headers");
    expect(Object.fromEntries(STATIC_HEADERS.map((h) => [h.key, h.value]))).toEqual(STATIC_SECURITY_HEADERS);
  });

  it("gives the API routes the proxy skips its CSP, and HSTS exactly when isHttps() would", async () => {
    const { API_HEADERS, HSTS_HEADER, HTTPS_FORWARDED } = (await import("../../next.config.js")) as unknown as {
      API_HEADERS: { key: string; value: string }[];
      HSTS_HEADER: { key: string; value: string };
      HTTPS_FORWARDED: { key: string; value: string };
    };
    expect(API_HEADERS).toEqual([{ key: "Content-Security-Policy", value: API_CSP }]);
    expect(HSTS_HEADER).toEqual({ key: "Strict-Transport-Security", value: HSTS });
    expect(HTTPS_FORWARDED.key).toBe("x-forwarded-proto");
    // Next anchors a `has` value: ^value$.
    const forwarded = new RegExp(`^${HTTPS_FORWARDED.value}$`);
    const url = new URL("http://127.0.0.1/api/messages");
    for (const value of ["https", "HTTPS", " https ", "https, http", "http", "http, https", "httpss", "", "ftp"])
      expect(forwarded.test(value), value).toBe(isHttps(url, new Headers({ "x-forwarded-proto": value })));
  });
});
