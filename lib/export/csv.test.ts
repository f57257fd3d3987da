import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line 1\nline 2", '"line 1\nline 2"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["", ""],
  ])("quotes %j only when it must", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', '"\'=HYPERLINK(""http://evil.example"")"'],
    ["+33612345678", "'+33612345678"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["=1,2", '"\'=1,2"'],
  ])("defuses a formula in %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("leaves a formula sign inside a cell alone, and writes null as empty", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(-3)).toBe("-3");
  });

  it("ends a row with CRLF", () => {
    expect(csvRow(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });
});
