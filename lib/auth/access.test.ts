import { describe, expect, it } from "vitest";
import { decideAccess, hasSessionCookie, isSessionApi } from "./access";

describe("decideAccess", () => {
  it("sends a signed-out visitor to the login page with the asked path and query", () => {
    expect(decideAccess("/conversations/+33612345678", "?message=x", false)).toEqual({
      kind: "redirect",
      location: "/login?callbackUrl=%2Fconversations%2F%2B33612345678%3Fmessage%3Dx",
    });
    expect(decideAccess("/inbox", "", false)).toEqual({ kind: "redirect", location: "/login?callbackUrl=%2Finbox" });
  });

  it("answers 401 on API routes except health, readiness and Auth.js's own", () => {
    expect(decideAccess("/api/messages", "", false)).toEqual({ kind: "unauthenticated" });
    expect(decideAccess("/api", "", false)).toEqual({ kind: "unauthenticated" });
    expect(decideAccess("/api/health", "", false)).toEqual({ kind: "allow" });
    expect(decideAccess("/api/ready", "", false)).toEqual({ kind: "allow" });
    expect(decideAccess("/api/readyx", "", false)).toEqual({ kind: "unauthenticated" });
    expect(decideAccess("/api/auth/session", "", false)).toEqual({ kind: "allow" });
    expect(decideAccess("/api/authx", "", false)).toEqual({ kind: "unauthenticated" });
  });

  it("lets anyone see the login page, but sends a signed-in agent to the inbox", () => {
    expect(decideAccess("/login", "", false)).toEqual({ kind: "allow" });
    expect(decideAccess("/login", "?callbackUrl=%2Finbox", true)).toEqual({ kind: "redirect", location: "/inbox" });
  });

  it("opens an invitation link with or without a session", () => {
    expect(decideAccess("/invite/abc", "", false)).toEqual({ kind: "allow" });
    expect(decideAccess("/invite/abc", "", true)).toEqual({ kind: "allow" });
    expect(decideAccess("/invitex", "", false)).toMatchObject({ kind: "redirect" });
  });

  it("lets a signed-in agent through everywhere else", () => {
    expect(decideAccess("/conversations/abc", "", true)).toEqual({ kind: "allow" });
    expect(decideAccess("/api/messages", "", true)).toEqual({ kind: "allow" });
  });

  it("lets anyone open a shared link, and only paths under /s/", () => {
    expect(decideAccess("/s/abcDEF_-0123456789abcdef0123456789abcdef012", "", false)).toEqual({ kind: "allow" });
    expect(decideAccess("/s/anything", "?page=2", false)).toEqual({ kind: "allow" });
    // Not a way round the session: neighbours of /s/ still need one.
    expect(decideAccess("/s", "", false)).toMatchObject({ kind: "redirect" });
    expect(decideAccess("/shared", "", false)).toMatchObject({ kind: "redirect" });
    expect(decideAccess("/sx/abc", "", false)).toMatchObject({ kind: "redirect" });
    expect(decideAccess("/api/s/abc", "", false)).toEqual({ kind: "unauthenticated" });
  });

  it("leaves the session of data routes to their handlers, never that of the public ones", () => {
    expect(isSessionApi("/api/messages")).toBe(true);
    expect(isSessionApi("/api/admin/agents")).toBe(true);
    expect(isSessionApi("/api")).toBe(true);
    expect(isSessionApi("/api/health")).toBe(false);
    expect(isSessionApi("/api/auth/session")).toBe(false);
    expect(isSessionApi("/inbox")).toBe(false);
  });

  it("recognises Auth.js's session cookie under its names, and nothing else", () => {
    expect(hasSessionCookie(["authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["theme", "__Secure-authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["authjs.session-token.0", "authjs.session-token.1"])).toBe(true);
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url"])).toBe(false);
    expect(hasSessionCookie(["xauthjs.session-token", "authjs.session-token-x"])).toBe(false);
    expect(hasSessionCookie([])).toBe(false);
  });
});
