import { describe, expect, it } from "vitest";
import { refusalHtml } from "./refusal-page";

describe("the refusal page", () => {
  it("says what happened, is not indexed, runs nothing and links nowhere", () => {
    const html = refusalHtml({
      lang: "en",
      title: "Link unavailable",
      message: "This link has expired or was revoked.",
    });
    expect(html).toContain("This link has expired or was revoked.");
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toMatch(/<script|<a\s|href=/i);
  });

  it("escapes its text", () => {
    const html = refusalHtml({ lang: "en", title: "<b>x</b>", message: "\"'&" });
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&#60;b&#62;x&#60;/b&#62;");
  });
});
