import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("INBOX_SHUTDOWN_TIMEOUT_MS", () => {
  it("defaults to 10 s and takes a number of milliseconds", () => {
    expect(parseEnv({}).shutdownTimeoutMs).toBe(10_000);
    expect(parseEnv({ INBOX_SHUTDOWN_TIMEOUT_MS: "2500" }).shutdownTimeoutMs).toBe(2_500);
  });

  it("refuses a value that is not a whole number of milliseconds, naming the variable", () => {
    expect(() => parseEnv({ INBOX_SHUTDOWN_TIMEOUT_MS: "ten seconds" })).toThrow(EnvError);
    expect(() => parseEnv({ INBOX_SHUTDOWN_TIMEOUT_MS: "-1" })).toThrow(/INBOX_SHUTDOWN_TIMEOUT_MS must be at least 0/);
  });
});
