import { describe, expect, it } from "vitest";
import { allowedDurations, expiryFor, linkState } from "./expiry";
import { scopePage } from "./scope";

const now = new Date("2026-01-10T12:00:00Z");

describe("how long a shared link lives", () => {
  it("offers 1 hour to 30 days, capped by INBOX_SHARE_MAX_DAYS", () => {
    expect(allowedDurations(30)).toEqual(["1h", "24h", "7d", "30d"]);
    expect(allowedDurations(365)).toEqual(["1h", "24h", "7d", "30d"]);
    expect(allowedDurations(7)).toEqual(["1h", "24h", "7d"]);
    expect(allowedDurations(1)).toEqual(["1h", "24h"]);
  });

  it("sets the expiry from now, and refuses a duration beyond the cap or unknown", () => {
    expect(expiryFor("1h", now, 30)?.toISOString()).toBe("2026-01-10T13:00:00.000Z");
    expect(expiryFor("7d", now, 30)?.toISOString()).toBe("2026-01-17T12:00:00.000Z");
    expect(expiryFor("30d", now, 7)).toBeNull();
    expect(expiryFor("2h", now, 30)).toBeNull();
    expect(expiryFor("constructor", now, 30)).toBeNull();
  });

  it("is active until its expiry instant, and revoked whatever the expiry", () => {
    const expiresAt = new Date(now.getTime() + 1000);
    expect(linkState({ expiresAt, revokedAt: null }, now)).toBe("active");
    expect(linkState({ expiresAt, revokedAt: null }, expiresAt)).toBe("expired");
    expect(linkState({ expiresAt, revokedAt: null }, new Date(expiresAt.getTime() + 1))).toBe("expired");
    expect(linkState({ expiresAt, revokedAt: now }, now)).toBe("revoked");
  });
});

describe("a link scoped from a message onward", () => {
  const message = (id: string, sentAt: string | null) => ({
    id,
    text: id,
    direction: "inbound",
    channel: "sms",
    deliveryStatus: null,
    agent: null,
    contactName: null,
    contact: { phone: null, email: null, facebookId: null },
    contactIds: {},
    sentAt,
  });
  const page = {
    page: 1,
    perPage: 4,
    hasMore: true,
    messages: [
      message("m4", "2026-01-04T00:00:00Z"),
      message("m3", "2026-01-03T00:00:00Z"),
      message("undated", null),
      message("m2", "2026-01-02T00:00:00Z"),
    ],
  };

  it("shows the chosen message and newer ones only, and stops paging there", () => {
    const scoped = scopePage(page, { messageId: "m3", sentAt: new Date("2026-01-03T00:00:00Z") });
    expect(scoped.messages.map((m) => m.id)).toEqual(["m4", "m3"]);
    expect(scoped.hasMore).toBe(false);
  });

  it("keeps paging while every message of the page is in scope", () => {
    const scoped = scopePage(
      { ...page, messages: page.messages.slice(0, 2) },
      { messageId: "m1", sentAt: new Date("2026-01-01T00:00:00Z") },
    );
    expect(scoped.messages).toHaveLength(2);
    expect(scoped.hasMore).toBe(true);
  });

  it("shows everything for the whole conversation", () => {
    expect(scopePage(page, null)).toEqual(page);
  });
});
