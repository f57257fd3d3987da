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

describe("new messages in a thread", () => {
  it.each([
    [1, "no", "1 new message", "1 nouveau message"],
    [3, "no", "3 new messages", "3 nouveaux messages"],
    [50, "yes", "50+ new messages", "50+ nouveaux messages"],
  ])("%i (at least: %s)", (count, atLeast, en, fr) => {
    expect(t("en")("thread.paging.newMessages", { count, atLeast })).toBe(en);
    expect(t("fr")("thread.paging.newMessages", { count, atLeast })).toBe(fr);
  });

  it("groups thousands the French way", () => {
    expect(t("fr")("thread.deepLink.notInNewest", { count: 2000 })).toBe(
      `Le message lié est introuvable parmi les 2${NNBSP}000 messages les plus récents.`,
    );
    expect(t("en")("thread.deepLink.notInNewest", { count: 2000 })).toBe(
      "The linked message was not found in the newest 2,000 messages.",
    );
  });
});

describe("the list's count", () => {
  it.each([
    [1, "no", "1 recent", "1 récente"],
    [12, "yes", "12+ recent", "12+ récentes"],
  ])("%i (more: %s)", (count, more, en, fr) => {
    expect(t("en")("list.recentCount", { count, more })).toBe(en);
    expect(t("fr")("list.recentCount", { count, more })).toBe(fr);
  });
});

describe("French typography", () => {
  it("puts a narrow no-break space inside guillemets and before a semicolon", () => {
    expect(t("fr")("identifier.problem.emailInvalid", { input: "jane@" })).toBe(
      `«${NNBSP}jane@${NNBSP}» n’est pas une adresse e-mail valide.`,
    );
  });
});
