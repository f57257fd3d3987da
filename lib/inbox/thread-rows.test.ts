import { describe, expect, it } from "vitest";
import { chronological, countNewer, mergeHead, threadRows } from "./thread-rows";
import { inboxMessage } from "@/lib/testing/inbox-message";
import type { InboxMessage, MessagesPage } from "./types";

const msg = (id: string, extra: Partial<InboxMessage> = {}): InboxMessage =>
  inboxMessage({ id, text: `text ${id}`, ...extra });

function page(n: number, ids: string[], hasMore = true): MessagesPage {
  return { page: n, perPage: ids.length, hasMore, messages: ids.map((id) => msg(id)) };
}

describe("chronological", () => {
  it("puts the oldest message at the top across pages", () => {
    const pages = [page(1, ["6", "5", "4"]), page(2, ["3", "2", "1"])];
    expect(chronological(pages).map((m) => m.id)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("does not depend on the order pages were loaded in", () => {
    const pages = [page(2, ["3", "2", "1"]), page(1, ["6", "5", "4"])];
    expect(chronological(pages).map((m) => m.id)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("keeps one copy of a message that shifted to the next page, the fresher one", () => {
    const fresh = page(1, ["7", "6", "5"]);
    fresh.messages[2] = msg("5", { deliveryStatus: "DELIVERED" });
    const older = page(2, ["5", "4", "3"]);
    const result = chronological([fresh, older]);
    expect(result.map((m) => m.id)).toEqual(["3", "4", "5", "6", "7"]);
    expect(result[2]?.deliveryStatus).toBe("DELIVERED");
  });

  it("orders pages of different sizes by where they start, not by page number", () => {
    // Page 2 of 4 starts after 4 messages, page 2 of 2 after 2: sorted by page number, the older one would come first.
    const pages = [page(2, ["4", "3", "2", "1"]), page(1, ["8", "7"]), page(2, ["6", "5"])];
    expect(chronological(pages).map((m) => m.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("is empty without pages", () => {
    expect(chronological([])).toEqual([]);
  });
});

describe("threadRows", () => {
  it("adds no day separator when messages have no date", () => {
    const rows = threadRows([msg("1"), msg("2")]);
    expect(rows.map((r) => r.kind)).toEqual(["message", "message"]);
  });

  it("adds one separator per calendar day, before its first message", () => {
    const rows = threadRows(
      [
        msg("1", { sentAt: "2024-03-01T09:00:00.000Z" }),
        msg("2", { sentAt: "2024-03-01T18:00:00.000Z" }),
        msg("3"),
        msg("4", { sentAt: "2024-03-02T08:00:00.000Z" }),
      ],
      "UTC",
    );
    expect(rows.map((r) => (r.kind === "day" ? `day ${r.date.slice(0, 10)}` : r.key))).toEqual([
      "day 2024-03-01",
      "1",
      "2",
      "3",
      "day 2024-03-02",
      "4",
    ]);
  });

  it("uses the viewer's time zone to decide the day", () => {
    const messages = [
      msg("1", { sentAt: "2024-03-01T23:30:00.000Z" }),
      msg("2", { sentAt: "2024-03-02T00:30:00.000Z" }),
    ];
    expect(threadRows(messages, "UTC").filter((r) => r.kind === "day")).toHaveLength(2);
    expect(threadRows(messages, "Europe/Paris").filter((r) => r.kind === "day")).toHaveLength(1);
  });

  it("keeps a day line's key when older messages of that day are added", () => {
    const later = [msg("b", { sentAt: "2024-03-01T12:00:00Z" })];
    const withOlder = [msg("a", { sentAt: "2024-03-01T08:00:00Z" }), ...later];
    expect(threadRows(later, "UTC")[0]?.key).toBe(threadRows(withOlder, "UTC")[0]?.key);
  });

  it("gives every row a unique key, even when dates go back and forth", () => {
    const rows = threadRows(
      [
        msg("a", { sentAt: "2024-03-01T09:00:00Z" }),
        msg("b", { sentAt: "2024-03-02T09:00:00Z" }),
        msg("c", { sentAt: "2024-03-01T10:00:00Z" }),
      ],
      "UTC",
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it("gives every row a unique key", () => {
    const rows = threadRows([
      msg("a", { sentAt: "2024-03-01T09:00:00Z" }),
      msg("b", { sentAt: "2024-03-02T09:00:00Z" }),
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe("countNewer", () => {
  const head = ["9", "8", "7", "6"].map((id) => msg(id));
  it.each([
    ["9", 0, false],
    ["7", 2, false],
    ["1", 4, true],
  ] as const)("newest shown %s → %i new", (id, count, atLeast) => {
    expect(countNewer(head, id)).toEqual({ count, atLeast });
  });

  it("says nothing before the thread has messages", () => {
    expect(countNewer(head, undefined)).toEqual({ count: 0, atLeast: false });
  });
});

describe("mergeHead", () => {
  it("adds new messages and keeps the ones pushed out of page 1", () => {
    const pages = [page(1, ["6", "5", "4"]), page(2, ["3", "2", "1"])];
    const merged = mergeHead(pages, page(1, ["8", "7", "6"]));
    expect(chronological(merged).map((m) => m.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("refreshes the status of a message already shown", () => {
    const pages = [page(1, ["2", "1"])];
    const head = page(1, ["2", "1"]);
    head.messages[0] = msg("2", { deliveryStatus: "READ" });
    expect(chronological(mergeHead(pages, head))[1]?.deliveryStatus).toBe("READ");
  });

  it("leaves the pages alone when page 1 is not loaded", () => {
    const pages = [page(5, ["3", "2", "1"])];
    expect(mergeHead(pages, page(1, ["9"]))).toEqual(pages);
  });
});
