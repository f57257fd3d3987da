import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("shared-link settings", () => {
  it("defaults to 30 days at most, and view limits per token and per address", () => {
    expect(parseEnv({}).share).toEqual({ maxDays: 30, viewsPerToken: 120, viewsPerAddress: 60, windowSeconds: 600 });
  });

  it("takes its own values", () => {
    expect(parseEnv({ INBOX_SHARE_MAX_DAYS: "7", INBOX_SHARE_VIEWS_PER_ADDRESS: "10" }).share).toMatchObject({
      maxDays: 7,
      viewsPerAddress: 10,
    });
  });

  it("refuses a cap that is not a whole number of days from 1 to 365, with the variable's name", () => {
    for (const bad of ["0", "366", "2.5", "week"]) {
      expect(() => parseEnv({ INBOX_SHARE_MAX_DAYS: bad })).toThrow(EnvError);
      expect(() => parseEnv({ INBOX_SHARE_MAX_DAYS: bad })).toThrow(/INBOX_SHARE_MAX_DAYS/);
    }
  });
});
