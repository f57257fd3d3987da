import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the right-most X-Forwarded-For entry, the one the nearest proxy wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("::ffff:127.0.0.1");
  });

  it("falls back to X-Real-IP, then to unknown", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.1" }))).toBe("10.0.0.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
