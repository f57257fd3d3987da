import { describe, expect, it } from "vitest";
import { channelInfo } from "./channels";
import { deliveryInfo } from "./delivery-status";
import en from "@/lib/i18n/messages/en.json";

describe("deliveryInfo", () => {
  it.each([
    ["sending", "sending", false],
    ["SENT", "sent", false],
    ["DELIVERED", "delivered", false],
    ["delivered", "delivered", false],
    ["READ", "read", false],
    ["ACK", "sent", false],
    ["NOT_DELIVERED", "not_delivered", true],
    ["BAD_DESTINATION", "bad_destination", true],
    ["BLACKLISTED_NUMBER", "blacklisted_number", true],
    ["UNKNOWN_DELIVERY", "unknown_delivery", false],
    ["UNDEFINED", "undefined", false],
  ])("maps %s to %s", (raw, key, failed) => {
    expect(deliveryInfo(raw)).toMatchObject({ raw, key, failed });
  });

  it("names every known status in the catalog", () => {
    for (const raw of ["sending", "queued", "pending", "sent", "ack", "delivered", "read", "not_delivered"]) {
      const key = deliveryInfo(raw)?.key;
      expect(key && en.status[key], raw).toBeTruthy();
    }
    expect(en.status.not_delivered).toBe("Not delivered");
  });

  it("keeps an unknown value as it is, and a name of Object.prototype is not a status", () => {
    expect(deliveryInfo("QUEUED_EXTERNALLY")).toMatchObject({ raw: "QUEUED_EXTERNALLY", key: null, tone: "unknown" });
    expect(deliveryInfo("constructor")).toMatchObject({ key: null });
  });

  it("has nothing to show for inbound messages", () => {
    expect(deliveryInfo(null)).toBeNull();
    expect(deliveryInfo("  ")).toBeNull();
  });
});

describe("channelInfo", () => {
  it("names known channels by catalog key and keeps an unknown one's raw value", () => {
    expect(channelInfo("WhatsApp")).toMatchObject({ key: "whatsapp", icon: "whatsapp" });
    expect(en.channel.names[channelInfo("multi_channel").key ?? "sms"]).toBe("Multi-channel");
    expect(channelInfo("telegram")).toMatchObject({ value: "telegram", key: null, icon: "unknown" });
    expect(channelInfo(null)).toMatchObject({ value: "", key: null });
    expect(channelInfo("toString")).toMatchObject({ key: null });
  });
});
