import { describe, expect, it } from "vitest";
import { formatAuditLine } from "./audit-log";

const AT = new Date("2025-06-02T08:00:00.000Z");

describe("formatAuditLine", () => {
  it("writes one JSON line with who, how, outcome, where and when", () => {
    const line = formatAuditLine(
      { event: "auth.sign_in", outcome: "success", method: "oidc", email: "alex@acme.example", ip: "10.0.0.1" },
      AT,
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      event: "auth.sign_in",
      outcome: "success",
      method: "oidc",
      email: "alex@acme.example",
      ip: "10.0.0.1",
      at: "2025-06-02T08:00:00.000Z",
    });
  });

  it("names the reason of a refusal, and copies no field it does not know", () => {
    const event = {
      event: "auth.sign_in",
      outcome: "refused",
      reason: "wrong_password",
      method: "password",
      email: null,
      ip: "?",
      password: "hunter2hunter2",
    } as const;
    const line = formatAuditLine(event, AT);
    expect(JSON.parse(line)).toEqual({
      event: "auth.sign_in",
      outcome: "refused",
      reason: "wrong_password",
      method: "password",
      email: null,
      ip: "?",
      at: AT.toISOString(),
    });
    expect(line).not.toContain("hunter2");
  });

  it("logs sign-out", () => {
    expect(
      JSON.parse(
        formatAuditLine({ event: "auth.sign_out", outcome: "success", email: "alex@acme.example", ip: "::1" }, AT),
      ),
    ).toMatchObject({
      event: "auth.sign_out",
      email: "alex@acme.example",
    });
  });
});
