import { describe, expect, it } from "vitest";
import { charsBySource, groupByPackage } from "./bundle-attribution.mjs";

// A chunk of six characters: the first three from a package, the last three from the app.
const TEXT = "abcdef";
const MAP = {
  version: 3,
  sources: ["turbopack:///[project]/node_modules/pkg/dist/a.js", "turbopack:///[project]/components/inbox/x/y.tsx"],
  // Column 0 → source 0; column +3 → source +1.
  mappings: "AAAA,GCAA",
};

describe("charsBySource and groupByPackage", () => {
  it("shares a chunk's characters out by package", () => {
    expect(Object.fromEntries(groupByPackage(charsBySource(TEXT, MAP)))).toEqual({
      pkg: 3,
      "app: components/inbox/x": 3,
    });
  });

  it("by source file (check:budget's BUNDLE_BY_FILE=1)", () => {
    expect(Object.fromEntries(charsBySource(TEXT, MAP))).toEqual({
      "node_modules/pkg/dist/a.js": 3,
      "components/inbox/x/y.tsx": 3,
    });
  });
});
