import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalog } from "./catalog";

// Messages as an agent reads them, plurals included, in both languages.

const NNBSP = "\u202f";

function t(locale: "en" | "fr") {
  return createTranslator({ locale, messages: catalog(locale) });
}

describe("plurals", () => {
  it("count sign-in lock-outs in minutes", () => {
    expect(t("en")("login.errors.tooManyAttempts", { minutes: 1 })).toBe("Too many attempts. Try again in 1 minute.");
    expect(t("en")("login.errors.tooManyAttempts", { minutes: 15 })).toBe(
      "Too many attempts. Try again in 15 minutes.",
    );
    expect(t("fr")("login.errors.tooManyAttempts", { minutes: 1 })).toBe(
      "Trop de tentatives. Réessayez dans 1 minute.",
    );
    expect(t("fr")("login.errors.tooManyAttempts", { minutes: 15 })).toBe(
      "Trop de tentatives. Réessayez dans 15 minutes.",
    );
  });
});

describe("French typography", () => {
  it("puts a narrow no-break space inside guillemets and before a semicolon", () => {
    expect(t("fr")("identifier.problem.emailInvalid", { input: "jane@" })).toBe(
      `«${NNBSP}jane@${NNBSP}» n’est pas une adresse e-mail valide.`,
    );
  });
});
