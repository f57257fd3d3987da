import { describe, expect, it } from "vitest";
import { readiness } from "./readiness";

describe("readiness", () => {
  it("is ready with the database up, whether the cache is Redis or memory", () => {
    expect(readiness("ok", "redis")).toEqual({
      httpStatus: 200,
      body: { status: "ready", database: "ok", cache: "redis" },
    });
    expect(readiness("ok", "memory").body.status).toBe("ready");
  });

  it("stays in the pool, degraded, when Redis is configured but unreachable", () => {
    expect(readiness("ok", "degraded")).toEqual({
      httpStatus: 200,
      body: { status: "degraded", database: "ok", cache: "degraded" },
    });
  });

  it("answers 503 unavailable when the database is down", () => {
    expect(readiness("down", "redis")).toEqual({
      httpStatus: 503,
      body: { status: "unavailable", database: "down", cache: "redis" },
    });
  });
});
