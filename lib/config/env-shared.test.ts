import { describe, expect, it } from "vitest";
import { redisWhere } from "@/lib/shared-state/connection";
import { parseEnv } from "./env";
import { DEFAULT_REDIS_PREFIX, parseSharedEnv } from "./env-shared";

describe("shared-state settings", () => {
  it("without REDIS_URL the state stays in process, under the default prefix", () => {
    expect(parseEnv({}).sharedState).toEqual({ redisUrl: null, redisPrefix: DEFAULT_REDIS_PREFIX });
    expect(parseEnv({ REDIS_URL: "  " }).sharedState.redisUrl).toBeNull();
  });

  it("takes a redis:// or rediss:// URL and a prefix", () => {
    expect(
      parseEnv({ REDIS_URL: "rediss://:pw@cache.internal:6380/2", INBOX_REDIS_PREFIX: "acme-inbox:" }).sharedState,
    ).toEqual({
      redisUrl: "rediss://:pw@cache.internal:6380/2",
      redisPrefix: "acme-inbox:",
    });
  });

  it("refuses another scheme or an odd prefix with a line naming the variable", () => {
    expect(() => parseEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    const result = parseSharedEnv({ INBOX_REDIS_PREFIX: "inbox *" });
    expect(result).toEqual({ ok: false, problems: ["INBOX_REDIS_PREFIX may hold letters, digits and : _ . - only"] });
  });

  it("logs where Redis is without the password a URL may carry", () => {
    expect(redisWhere("redis://:s3cret-pass@cache.internal:6380/0")).toBe("cache.internal:6380");
    expect(redisWhere("redis://default:s3cret-pass@10.0.0.5")).toBe("10.0.0.5:6379");
  });
});
