import { describe, expect, it } from "vitest";
import { listViewQuery, readListView, unreadLabel } from "./inbox-filters";

const view = (query: string) => readListView(new URLSearchParams(query));

describe("the list's view in the URL", () => {
  it("reads the four filters and a channel, and round-trips them", () => {
    for (const filter of ["unread", "awaiting", "failed", "mine"] as const) {
      expect(view(`filter=${filter}&channel=whatsapp`)).toEqual({ filter, channel: "whatsapp" });
      expect(listViewQuery(view(`filter=${filter}&channel=whatsapp`))).toBe(`?filter=${filter}&channel=whatsapp`);
    }
  });
  it("treats an unknown filter as All and a strange channel as every channel", () => {
    expect(view("filter=starred&channel=%3Cscript%3E")).toEqual({ filter: null, channel: null });
    expect(view("filter=UNREAD&channel=SMS")).toEqual({ filter: "unread", channel: "sms" });
    expect(listViewQuery(view(""))).toBe("");
  });
  it('shows "99+" above 99', () => {
    expect([unreadLabel(1), unreadLabel(99), unreadLabel(100)]).toEqual(["1", "99", "99+"]);
  });
});
