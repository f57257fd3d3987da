import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ICON_NAMES } from "@/components/ui/icon-names";

// The icons are CSS masks (components/ui/icon.tsx): a name without its rule would be an
// empty square, silently. Each rule must hold one 16px stroke drawing in a data URI.
const css = readFileSync(new URL("./icons.css", import.meta.url), "utf8");
const rules = new Map(
  [...css.matchAll(/\.icon-(\w+) \{\s*--icon: url\("data:image\/svg\+xml,([^"]+)"\);\s*\}/g)].map((m) => [
    m[1]!,
    decodeURIComponent(m[2]!),
  ]),
);

describe("icons", () => {
  it("has one drawing for every icon name, and none for a name that does not exist", () => {
    expect([...rules.keys()].sort()).toEqual([...ICON_NAMES].sort());
  });

  it.each(ICON_NAMES)("draws %s as a stroked path on the 16px grid", (name) => {
    const svg = rules.get(name) ?? "";
    expect(svg).toMatch(
      /^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 16 16' fill='none' stroke='black'/,
    );
    expect(svg).toMatch(/<path d='M[^']+'\/><\/svg>$/);
  });

  it("paints them in the text's colour, in forced colours and on paper too", () => {
    const base = /\.icon \{([^}]*)\}/.exec(css)?.[1] ?? "";
    expect(base).toContain("background-color: currentColor");
    expect(base).toContain("mask: var(--icon)");
    expect(base).toContain("forced-color-adjust: none");
    expect(base).toContain("print-color-adjust: exact");
  });
});
