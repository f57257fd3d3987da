import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";
import { describeSearchProblem, parseSearchQuery, quoteLexeme } from "./search-query";

const tsquery = (raw: string) => {
  const result = parseSearchQuery(raw);
  if (!result.ok) throw new Error(`not ok: ${result.problem.code}`);
  return result.query.tsquery;
};
const problem = (raw: string) => {
  const result = parseSearchQuery(raw);
  return result.ok ? null : result.problem.code;
};

describe("parseSearchQuery", () => {
  it("quotes every word, ANDs them, and matches the last one as a prefix", () => {
    expect(tsquery("Jeanne Dup")).toBe("'jeanne' & 'dup':*");
    expect(tsquery("  Zoë ")).toBe("'zoe':*");
    expect(tsquery("#A-48213")).toBe("'a' & '48213':*");
  });

  it("turns tsquery syntax typed by an agent into plain words", () => {
    expect(tsquery("a:* | !b")).toBe("'a' & 'b':*");
    expect(tsquery("'; drop table indexed_messages; --")).toBe("'drop' & 'table' & 'indexed' & 'messages':*");
    expect(tsquery("<script>alert(1)</script>")).toBe("'script' & 'alert' & '1':*");
    expect(tsquery("x && y")).toBe("'x' & 'y':*");
  });

  it("keeps right-to-left and CJK words", () => {
    expect(tsquery("مريم")).toBe("'مريم':*");
    expect(tsquery("דוד כהן")).toBe("'דוד' & 'כהן':*");
    expect(tsquery("王小明")).toBe("'王小明':*");
  });

  it("refuses empty, one-character, wordless, overlong and many-word searches", () => {
    expect(problem("   ")).toBe("empty");
    expect(problem("a")).toBe("tooShort");
    expect(problem("é")).toBe("tooShort");
    expect(problem("\\")).toBe("noWords");
    expect(problem("&&")).toBe("noWords");
    expect(problem("🌸🎉")).toBe("noWords");
    expect(problem("x".repeat(300))).toBe("tooLong");
    expect(problem("a b c d e f g h i j k")).toBe("tooManyWords");
    expect(problem("ab")).toBeNull();
  });

  it("says each problem in a sentence", () => {
    expect(describeSearchProblem({ code: "tooShort", min: 2 })).toMatch(/at least 2 letters or digits/);
    expect(describeSearchProblem({ code: "tooLong", max: 200 })).toMatch(/at most 200 characters/);
  });

  it("escapes quotes and backslashes in a lexeme", () => {
    expect(quoteLexeme("o'b\\x")).toBe("'o''b\\\\x'");
  });
});

const marked = (segments: ReturnType<typeof highlight>) =>
  segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join("");

describe("highlight", () => {
  it("marks words of the original text that match, whatever their case and accents", () => {
    expect(marked(highlight("Bonjour Zoë, ZOE ici", ["zoe"]))).toBe("Bonjour [Zoë], [ZOE] ici");
    expect(marked(highlight("Jeanne Dupont-Lefèvre", ["jeanne", "dup"]))).toBe("[Jeanne] [Dupont]-Lefèvre");
  });

  it("marks an order number inside a text", () => {
    expect(marked(highlight("Où est ma commande #A-48213 ?", ["48213"]))).toBe("Où est ma commande #A-[48213] ?");
  });

  it("keeps markup as text", () => {
    const segments = highlight("<b>merci</b>", ["merci"]);
    expect(segments).toEqual([
      { text: "<b>", hit: false },
      { text: "merci", hit: true },
      { text: "</b>", hit: false },
    ]);
  });

  it("cuts a long text around the first hit, at spaces", () => {
    const text = `${"début ".repeat(60)}la commande #A-48213 est partie ${"fin ".repeat(60)}`;
    const out = marked(snippet(text, ["48213"], 80));
    expect(out.startsWith("…")).toBe(true);
    expect(out.endsWith("…")).toBe(true);
    expect(out).toContain("#A-[48213] est partie");
    expect(out.length).toBeLessThanOrEqual(84);
  });
});
