import { describe, expect, it } from "vitest";
import { initialsOf } from "./list-display";

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
