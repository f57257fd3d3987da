import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("keeps plain text as one segment", () => {
    expect(linkify("Bonjour\nça va ?")).toEqual([{ kind: "text", text: "Bonjour\nça va ?" }]);
  });

  it("returns nothing for an empty text", () => {
    expect(linkify("")).toEqual([]);
  });

  it("finds http and https links among text", () => {
    expect(linkify("See https://example.org/a?b=1 and http://x.fr.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://x.fr", href: "http://x.fr/" },
      { kind: "text", text: "." },
    ]);
  });

  it("leaves trailing sentence punctuation out of the link", () => {
    const segments = linkify("(voir https://example.org/page), merci!");
    expect(segments[1]).toEqual({ kind: "link", text: "https://example.org/page", href: "https://example.org/page" });
    expect(segments[2]).toEqual({ kind: "text", text: "), merci!" });
  });

  it("keeps brackets that belong to the URL", () => {
    const [, link] = linkify("x https://en.wikipedia.org/wiki/Foo_(bar) y");
    expect(link).toMatchObject({ kind: "link", text: "https://en.wikipedia.org/wiki/Foo_(bar)" });
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.org/file",
    "www.example.org",
    "mailto:jane@example.org",
  ])("does not link %s", (text) => {
    expect(linkify(text).every((s) => s.kind === "text")).toBe(true);
  });

  it("does not treat markup around a URL as part of it", () => {
    const segments = linkify('<a href="https://evil.example/">x</a>');
    expect(segments.filter((s) => s.kind === "link")).toEqual([
      { kind: "link", text: "https://evil.example/", href: "https://evil.example/" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe('<a href="https://evil.example/">x</a>');
  });

  it("never loses or reorders characters", () => {
    const text = "a https://a.b/c. b http://d.e/(f) c 🎉 https://g.h/ شكرا";
    expect(
      linkify(text)
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });

  it("ignores a bare scheme", () => {
    expect(linkify("https:// nothing")).toEqual([{ kind: "text", text: "https:// nothing" }]);
  });
});
