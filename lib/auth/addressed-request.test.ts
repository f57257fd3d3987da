import { describe, expect, it } from "vitest";
import { addressedUrl, asAddressed } from "./addressed-request";

describe("addressedUrl", () => {
  it("puts back the host the person used, keeping path and query", () => {
    expect(addressedUrl("http://localhost:3000/api/auth/callback/credentials?x=1", "127.0.0.1:3000")).toBe(
      "http://127.0.0.1:3000/api/auth/callback/credentials?x=1",
    );
    expect(addressedUrl("https://localhost/api/auth/session", "[::1]:8443")).toBe(
      "https://[::1]:8443/api/auth/session",
    );
  });

  it("keeps Next's URL when the host is missing or is not a plain host", () => {
    const url = "http://localhost:3000/api/auth/session";
    for (const host of [null, "", "evil.example/path", "user@evil.example", "a b", "evil.example:99999"]) {
      expect(addressedUrl(url, host)).toBe(url);
    }
  });
});

describe("asAddressed", () => {
  it("rebuilds the request at the address from X-Forwarded-Host, body and method intact", async () => {
    const request = new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "x-forwarded-host": "127.0.0.1:3000", "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.example",
    });
    const addressed = asAddressed(request, false);
    expect(addressed.url).toBe("http://127.0.0.1:3000/api/auth/callback/credentials");
    expect(addressed.method).toBe("POST");
    expect(await addressed.text()).toBe("email=a%40b.example");
  });

  it("leaves the request alone when AUTH_URL is set", () => {
    const request = new Request("http://localhost:3000/api/auth/session", { headers: { host: "127.0.0.1:3000" } });
    expect(asAddressed(request, true)).toBe(request);
  });
});
