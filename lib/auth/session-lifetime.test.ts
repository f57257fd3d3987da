import { describe, expect, it } from "vitest";
import { sessionExpired } from "./session-lifetime";

const HOUR = 3600;

describe("sessionExpired", () => {
  it("keeps a session for its lifetime from sign-in, then ends it however active it was", () => {
    expect(sessionExpired({ signedInAt: 1000 }, 1000 + 12 * HOUR - 1, 12 * HOUR)).toBe(false);
    expect(sessionExpired({ signedInAt: 1000 }, 1000 + 12 * HOUR, 12 * HOUR)).toBe(true);
  });

  it("ends tokens without a sign-in time, or one from the future", () => {
    expect(sessionExpired({}, 1000, HOUR)).toBe(true);
    expect(sessionExpired({ signedInAt: "1000" }, 1000, HOUR)).toBe(true);
    expect(sessionExpired({ signedInAt: 5000 }, 1000, HOUR)).toBe(true);
  });
});
