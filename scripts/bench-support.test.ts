import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDocSection } from "./bench-support";

describe("writeDocSection", () => {
  it("replaces only its own section, keeping what stands between and after (a marker quoted twice included)", () => {
    const doc = join(mkdtempSync(join(tmpdir(), "doc-section-")), "benchmarks.md");
    writeFileSync(
      doc,
      "# B\n<!-- bench:a -->\nold a\n<!-- /bench:a -->\nmiddle\n<!-- bench:a -->\nsecond copy\n<!-- /bench:a -->\ntail\n",
    );
    writeDocSection(doc, "bench:a", "<!-- bench:a -->\nnew a\n<!-- /bench:a -->");
    expect(readFileSync(doc, "utf8")).toBe(
      "# B\n<!-- bench:a -->\nnew a\n<!-- /bench:a -->\nmiddle\n<!-- bench:a -->\nsecond copy\n<!-- /bench:a -->\ntail\n",
    );
    writeDocSection(doc, "bench:b", "<!-- bench:b -->\nb\n<!-- /bench:b -->");
    expect(readFileSync(doc, "utf8")).toMatch(/tail\n\n<!-- bench:b -->\nb\n<!-- \/bench:b -->\n$/);
  });
});
