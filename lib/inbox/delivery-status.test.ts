import { describe, expect, it } from "vitest";
import { channelInfo } from "./channels";
import { deliveryInfo } from "./delivery-status";

describe("deliveryInfo", () => {
  it.each([
    ["sending", "Sending", false],
    ["SENT", "Sent", false],
    ["DELIVERED", "Delivered", false],
    ["delivered", "Delivered", false],
    ["READ", "Read", false],
    ["ACK", "Sent", false],
    ["NOT_DELIVERED", "Not delivered", true],
    ["BAD_DESTINATION", "Failed: bad number", true],
    ["BLACKLISTED_NUMBER", "Failed: number blocked", true],
    ["UNKNOWN_DELIVERY", "Delivery unknown", false],
    ["UNDEFINED", "Status undefined", false],
  ])("maps %s to %s", (raw, label, failed) => {
    expect(deliveryInfo(raw)).toMatchObject({ raw, label, failed });
  });

  it("shows an unknown value as it is", () => {
    expect(deliveryInfo("QUEUED_EXTERNALLY")).toMatchObject({ label: "QUEUED_EXTERNALLY", tone: "unknown" });
  });

  it("has nothing to show for inbound messages", () => {
    expect(deliveryInfo(null)).toBeNull();
    expect(deliveryInfo("  ")).toBeNull();
  });
});

describe("channelInfo", () => {
  it("labels known channels and keeps an unknown one's raw name", () => {
    expect(channelInfo("WhatsApp").label).toBe("WhatsApp");
    expect(channelInfo("multi_channel").label).toBe("Multi-channel");
    expect(channelInfo("telegram")).toMatchObject({ label: "telegram", icon: "unknown" });
    expect(channelInfo(null).label).toBe("Unknown channel");
  });
});
