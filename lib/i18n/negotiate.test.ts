import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("follows the agent's cookie first, whatever the browser says", () => {
    expect(negotiateLocale({ cookie: "fr", acceptLanguage: "en-US,en;q=0.9", fallback: "en" })).toBe("fr");
    expect(negotiateLocale({ cookie: "en", saved: "fr", acceptLanguage: "fr", fallback: "fr" })).toBe("en");
  });

  it("ignores a cookie that names no supported language", () => {
    expect(negotiateLocale({ cookie: "de", acceptLanguage: "fr", fallback: "en" })).toBe("fr");
    expect(negotiateLocale({ cookie: "FR<script>", fallback: "en" })).toBe("en");
  });

  it("uses the language saved on the account when this browser has no choice yet", () => {
    expect(negotiateLocale({ saved: "fr", acceptLanguage: "en", fallback: "en" })).toBe("fr");
  });

  it("falls back to the browser's languages, then to INBOX_DEFAULT_LOCALE", () => {
    expect(negotiateLocale({ acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.8", fallback: "en" })).toBe("fr");
    expect(negotiateLocale({ acceptLanguage: "de-DE,de;q=0.9", fallback: "fr" })).toBe("fr");
    expect(negotiateLocale({ acceptLanguage: null, fallback: "fr" })).toBe("fr");
    expect(negotiateLocale({ fallback: "en" })).toBe("en");
  });
});

describe("fromAcceptLanguage", () => {
  it.each([
    ["fr", "fr"],
    ["fr-CA", "fr"],
    ["FR-be", "fr"],
    ["en-GB,en;q=0.9", "en"],
    // q-values, not the order written, decide.
    ["en;q=0.5, fr;q=0.8", "fr"],
    ["de, en;q=0.3, fr;q=0.7", "fr"],
    // Equal q: the first named wins.
    ["fr;q=0.5, en;q=0.5", "fr"],
    // Unsupported languages are skipped, not taken as a reason to give up.
    ["de-DE, es;q=0.9, en;q=0.1", "en"],
    // q=0 refuses a language, wherever it is written.
    ["fr;q=0, en;q=0.1", "en"],
    // "*" means any language the header does not name.
    ["de, *;q=0.5", "en"],
    ["en;q=0, *;q=0.5", "fr"],
    [" fr-CH ; q=0.9 ", "fr"],
  ])("reads %j as %s", (header, expected) => {
    expect(fromAcceptLanguage(header)).toBe(expected);
  });

  it.each([[""], ["de, es"], ["fr;q=0"], ["fr;q=2"], ["fr;q=abc"], ["*;q=0"], [";;;,,,"], ["x".repeat(5000)]])(
    "finds nothing it can use in %j",
    (header) => {
      expect(fromAcceptLanguage(header)).toBeUndefined();
    },
  );

  it("lets a refused region leave its language possible", () => {
    expect(fromAcceptLanguage("fr-CA;q=0, fr;q=0.4, en;q=0.3")).toBe("fr");
  });
});
