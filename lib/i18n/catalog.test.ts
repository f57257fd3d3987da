import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CLIENT_ERROR_CODES, SERVER_ERROR_CODES } from "@/lib/api/error-codes";
import en from "./messages/en.json";
import fr from "./messages/fr.json";

// Both catalogs hold the same keys, and each message takes the same arguments
// and rich-text tags in both languages; French follows French typography.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * The name of every argument and "<tag>" for every rich-text tag, however deeply
 * nested. Not their types: French may need a plural where English does not.
 */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      switch (el.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          found.add(el.value);
          break;
        case TYPE.plural:
        case TYPE.select:
          found.add(el.value);
          for (const option of Object.values(el.options)) walk(option.value);
          break;
        case TYPE.tag:
          found.add(`<${el.value}>`);
          walk(el.children);
          break;
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

const english = flatten(en);
const french = flatten(fr);

describe("the catalogs", () => {
  it("have the same keys in English and French", () => {
    const missingInFrench = [...english.keys()].filter((k) => !french.has(k));
    const missingInEnglish = [...french.keys()].filter((k) => !english.has(k));
    expect({ missingInFrench, missingInEnglish }).toEqual({ missingInFrench: [], missingInEnglish: [] });
  });

  it("give every message the same arguments and tags in both languages", () => {
    const mismatched = [...english]
      .filter(([key]) => french.has(key))
      .map(([key, text]) => ({ key, en: signature(text), fr: signature(french.get(key) as string) }))
      .filter((m) => m.en.join() !== m.fr.join());
    expect(mismatched).toEqual([]);
  });

  it("say every API error code in words, and only those (the browser translates errors by code)", () => {
    expect(Object.keys(en.errors).sort()).toEqual([...SERVER_ERROR_CODES, ...CLIENT_ERROR_CODES].sort());
  });

  it("hold no empty message", () => {
    const empty = [...english, ...french].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("write French with typographic apostrophes and a narrow no-break space before : ; ! ? and inside « »", () => {
    const problems: string[] = [];
    for (const [key, text] of french) {
      // Arguments and tags are code, not French: only the words are checked.
      const words = text.replace(/\{[^{}]*\}|<\/?[a-z]+>/g, "");
      if (words.includes("'")) problems.push(`${key}: straight apostrophe (use ’)`);
      if (/"/.test(words)) problems.push(`${key}: straight quotes (use « »)`);
      if (/(?<!\u202f)[:;!?]/.test(words.replace(/https?:\/\//g, "")))
        problems.push(`${key}: no U+202F before : ; ! ?`);
      if (/[\u00a0 ][:;!?»]|«[\u00a0 ]/.test(words)) problems.push(`${key}: plain or U+00A0 space where U+202F goes`);
      if (/«(?!\u202f)|(?<!\u202f)»/.test(words)) problems.push(`${key}: guillemets without U+202F inside`);
      if (/\.\.\./.test(words)) problems.push(`${key}: three dots (use …)`);
    }
    expect(problems).toEqual([]);
  });
});
