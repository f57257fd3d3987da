import { afterEach, describe, expect, it, vi } from "vitest";
import { OctopushError } from "@/lib/octopush/errors";
import { errorResponse, toErrorResponse } from "./errors";

afterEach(() => vi.restoreAllMocks());

describe("the one error body", () => {
  it("is { error: { code, message } } with the status given", async () => {
    const res = errorResponse(400, "invalid_request", "Use one filter at a time.");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_request", message: "Use one filter at a time." } });
  });

  it("maps an Octopush 429 to 503 with Retry-After in whole seconds, logging no filter value", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = toErrorResponse(
      new OctopushError({
        kind: "http",
        status: 429,
        retryAfterMs: 1500,
        url: "https://api.example/v1/public/conversations/messages/list?email=a%40b.co",
      }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(await res.json()).toEqual({
      error: { code: "upstream_rate_limited", message: "Octopush is busy (too many requests). Try again in a moment." },
    });
    expect(log.mock.calls.flat().join(" ")).not.toContain("a@b.co");
    expect(log.mock.calls.flat().join(" ")).not.toContain("a%40b.co");
  });

  it("answers anything unexpected with a 500 and a generic message, the details in the log only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = toErrorResponse(new TypeError("secret detail at db.ts:42"));
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("internal");
    expect(body.error.message).not.toContain("secret detail");
    expect(log.mock.calls.flat().join(" ")).toContain("secret detail");
  });
});
