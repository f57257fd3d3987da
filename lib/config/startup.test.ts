import { describe, expect, it } from "vitest";
import { startupWarnings } from "./startup";

const live = (authUrl: string | null) => ({ mode: "live" as const, authUrl: authUrl ? new URL(authUrl) : null });

describe("startupWarnings", () => {
  it("warns in live mode when AUTH_URL is plain http on a host other than this machine", () => {
    const [warning, ...rest] = startupWarnings(live("http://inbox.acme.example"));
    expect(rest).toEqual([]);
    expect(warning).toMatch(/^AUTH_URL is http:\/\/inbox\.acme\.example, plain http .* not marked Secure/);
  });

  it("warns in live mode when AUTH_URL is not set", () => {
    expect(startupWarnings(live(null))).toEqual([expect.stringMatching(/^AUTH_URL is not set/)]);
  });

  it("is quiet with an https AUTH_URL, on this machine, and in demo mode", () => {
    expect(startupWarnings(live("https://inbox.acme.example"))).toEqual([]);
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000", "http://app.localhost"]) {
      expect(startupWarnings(live(url))).toEqual([]);
    }
    expect(startupWarnings({ mode: "demo", authUrl: new URL("http://inbox.acme.example") })).toEqual([]);
  });
});
