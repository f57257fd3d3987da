import { describe, expect, it } from "vitest";
import { formatDayLabel, formatFullDateTime, formatListTime, formatTime } from "./date-format";

// Intl writes spaces as U+202F or U+00A0 in places; tests compare with plain spaces.
const plain = (s: string | null) => s?.replace(/[\u202f\u00a0]/g, " ") ?? null;

const now = new Date("2025-06-02T12:00:00Z"); // a Monday

describe("formatListTime", () => {
  it.each([
    ["2025-06-02T09:23:00Z", "09:23", "09:23"],
    ["2025-06-02T00:05:00Z", "00:05", "00:05"],
    ["2025-05-31T09:23:00Z", "Sat", "sam."],
    ["2025-03-14T09:23:00Z", "Mar 14", "14 mars"],
    ["2024-12-24T09:23:00Z", "Dec 24, 2024", "24 déc. 2024"],
  ])("%s → %s / %s", (iso, en, fr) => {
    expect(formatListTime(iso, now, "en", "UTC")).toBe(en);
    expect(formatListTime(iso, now, "fr", "UTC")).toBe(fr);
  });

  it("counts the day in the agent's time zone", () => {
    // 23:30 in Paris on 1 June is 21:30 UTC: yesterday in Paris, not today.
    expect(formatListTime("2025-06-01T21:30:00Z", now, "fr", "Europe/Paris")).toBe("dim.");
    expect(formatListTime("2025-06-02T06:30:00Z", now, "fr", "Europe/Paris")).toBe("08:30");
  });

  it("shows nothing when the message has no date: never an invented one", () => {
    expect(formatListTime(null, now, "en", "UTC")).toBeNull();
    expect(formatListTime("not a date", now, "fr", "UTC")).toBeNull();
  });
});

describe("message times", () => {
  const date = new Date("2025-06-02T14:05:00Z");

  it("use a 24-hour clock in both languages", () => {
    expect(formatTime(date, "en", "UTC")).toBe("14:05");
    expect(formatTime(date, "fr", "UTC")).toBe("14:05");
  });

  it("spell the whole date in the agent's language for the tooltip", () => {
    expect(plain(formatFullDateTime(date, "en", "UTC"))).toBe("Monday, June 2, 2025 at 14:05");
    expect(plain(formatFullDateTime(date, "fr", "UTC"))).toBe("lundi 2 juin 2025 à 14:05");
  });
});

describe("formatDayLabel", () => {
  it.each([
    ["2025-06-02T08:00:00Z", "Today", "Aujourd’hui"],
    ["2025-06-01T23:59:00Z", "Yesterday", "Hier"],
    ["2025-05-31T10:00:00Z", "Saturday, May 31, 2025", "samedi 31 mai 2025"],
    ["2024-06-02T10:00:00Z", "Sunday, June 2, 2024", "dimanche 2 juin 2024"],
  ])("%s → %s / %s", (iso, en, fr) => {
    expect(formatDayLabel(new Date(iso), now, "en", "UTC")).toBe(en);
    expect(formatDayLabel(new Date(iso), now, "fr", "UTC")).toBe(fr);
  });

  it("names the day after tomorrow by its date, not as a relative day", () => {
    expect(formatDayLabel(new Date("2025-06-04T10:00:00Z"), now, "en", "UTC")).toBe("Wednesday, June 4, 2025");
  });
});
