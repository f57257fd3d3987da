import { describe, expect, it } from "vitest";
import { formatListTime, initialsOf } from "./list-display";

describe("initialsOf", () => {
  it.each([
    ["Éloïse Müller", "ÉM"],
    ["Ana María Pérez", "AP"],
    ["Mia 🌸 Laurent", "ML"],
    ["山田太郎", "山"],
    ["XSS Tester <img src=x onerror=alert(1)>", "XT"],
    ["Grace O'Connor", "GO"],
    ["🌸", null],
    ["", null],
    [null, null],
  ])("%j → %j", (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe("formatListTime", () => {
  const now = new Date("2025-06-02T12:00:00Z");
  it.each([
    ["2025-06-02T09:23:00Z", "09:23"],
    ["2025-05-31T09:23:00Z", "Sat"],
    ["2025-03-14T09:23:00Z", "Mar 14"],
    ["2024-12-24T09:23:00Z", "Dec 24, 2024"],
  ])("%s → %s", (iso, expected) => {
    expect(formatListTime(iso, now, "UTC")).toBe(expected);
  });

  it("shows nothing when the message has no date: never an invented one", () => {
    expect(formatListTime(null, now, "UTC")).toBeNull();
    expect(formatListTime("not a date", now, "UTC")).toBeNull();
  });
});
