import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  markClientAddressHookInstalled,
  resolveClientAddress,
} from "./client-address";

describe("resolveClientAddress", () => {
  it("with no trusted proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    for (const forwardedFor of [undefined, "6.6.6.6", "1.2.3.4, 6.6.6.6", ["6.6.6.6", "7.7.7.7"]]) {
      expect(resolveClientAddress({ socketAddress: "203.0.113.9", forwardedFor, trustedProxies: 0 })).toBe(
        "203.0.113.9",
      );
    }
  });

  it("behind N trusted proxies, is the entry the outermost one wrote", () => {
    // client → proxy A (appends the client) → proxy B (appends A) → app (socket: B)
    const forwardedFor = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor, trustedProxies: 2 })).toBe("198.51.100.7");
    // A forged entry on the left is never reached: the proxies' own entries come first from the right.
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "198.51.100.7", trustedProxies: 1 })).toBe(
      "198.51.100.7",
    );
  });

  it("takes the left-most entry when there are fewer entries than trusted hops", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: undefined, trustedProxies: 2 })).toBe(
      "10.0.0.3",
    );
  });

  it("writes an IPv4 client of a dual-stack socket as IPv4, and bounds what it keeps", () => {
    expect(
      resolveClientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: undefined, trustedProxies: 0 }),
    ).toBe("127.0.0.1");
    expect(resolveClientAddress({ socketAddress: "::1", forwardedFor: undefined, trustedProxies: 0 })).toBe("::1");
    expect(
      resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "x".repeat(500), trustedProxies: 1 }),
    ).toHaveLength(64);
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedProxies: 0 })).toBe(
      "unknown",
    );
  });
});

describe("clientAddress", () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("octopush-inbox.client-address-hook")];
  });

  it("without the server hook, ignores the hook's header (a client could have sent it)", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(headers)).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });

  it("with the server hook, reads the address it resolved", () => {
    markClientAddressHookInstalled();
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "6.6.6.6" });
    expect(clientAddress(headers)).toBe("203.0.113.9");
  });
});
