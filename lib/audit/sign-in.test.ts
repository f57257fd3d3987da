import { describe, expect, it } from "vitest";
import { fromSignInLog } from "./sign-in";

describe("sign-in log events become audit rows", () => {
  it("a success names the agent, their role and the method", () => {
    expect(
      fromSignInLog(
        { event: "auth.sign_in", outcome: "success", method: "oidc", email: "sam@sso.example", ip: "10.0.0.2" },
        "admin",
      ),
    ).toEqual({
      action: "auth.sign_in",
      actor: { email: "sam@sso.example", role: "admin" },
      clientAddress: "10.0.0.2",
      details: { method: "oidc" },
    });
  });

  it("a refusal is anonymous, with the reason, whatever role is passed", () => {
    expect(
      fromSignInLog(
        {
          event: "auth.sign_in",
          outcome: "refused",
          reason: "throttled",
          method: "password",
          email: null,
          ip: "10.0.0.3",
        },
        "agent",
      ),
    ).toEqual({
      action: "auth.sign_in_refused",
      actor: { email: null, role: "anonymous" },
      clientAddress: "10.0.0.3",
      details: { method: "password", reason: "throttled" },
    });
  });

  it("a sign-out without a known role is anonymous", () => {
    expect(
      fromSignInLog({ event: "auth.sign_out", outcome: "success", email: "a@acme.example", ip: "::1" }, null),
    ).toEqual({ action: "auth.sign_out", actor: { email: "a@acme.example", role: "anonymous" }, clientAddress: "::1" });
  });
});
