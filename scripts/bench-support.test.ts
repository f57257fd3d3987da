import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cpuMs, median, replaceDocSection, writeDocSection } from "./bench-support";

describe("replaceDocSection", () => {
  it("replaces only its own section, keeping what stands between and after (a marker quoted twice included)", () => {
    const doc =
      "# B\n<!-- bench:a -->\nold a\n<!-- /bench:a -->\nmiddle\n<!-- bench:a -->\nsecond copy\n<!-- /bench:a -->\ntail\n";
    const once = replaceDocSection(doc, "bench:a", "<!-- bench:a -->\nnew a\n<!-- /bench:a -->");
    expect(once).toBe(
      "# B\n<!-- bench:a -->\nnew a\n<!-- /bench:a -->\nmiddle\n<!-- bench:a -->\nsecond copy\n<!-- /bench:a -->\ntail\n",
    );
    expect(replaceDocSection(once, "bench:b", "<!-- bench:b -->\nb\n<!-- /bench:b -->")).toMatch(
      /tail\n\n<!-- bench:b -->\nb\n<!-- \/bench:b -->\n$/,
    );
  });
});

describe("writeDocSection", () => {
  it("formats the file as format:check expects: a table written unaligned comes out aligned", () => {
    const doc = join(mkdtempSync(join(tmpdir(), "doc-section-")), "benchmarks.md");
    writeFileSync(doc, "# B\n");
    writeDocSection(doc, "bench:t", "<!-- bench:t -->\n| measure | value |\n|---|---|\n| a | 1 s |\n<!-- /bench:t -->");
    expect(readFileSync(doc, "utf8")).toContain("| measure | value |\n| ------- | ----- |\n| a       | 1 s   |\n");
  });
});

describe("cpuMs", () => {
  it("reads the CPU time a process has used, which grows while it computes", () => {
    const before = cpuMs(process.pid);
    expect(before).toBeGreaterThanOrEqual(0);
    // 150 ms of CPU on this thread by Node's own count (wall time may be longer on a busy machine).
    const start = process.cpuUsage();
    let spin = 0;
    while (process.cpuUsage(start).user < 150_000) spin++;
    expect(spin).toBeGreaterThan(0);
    // At least 100 ms counted, with room for the kernel clock's 10 ms ticks.
    expect(cpuMs(process.pid)! - before!).toBeGreaterThanOrEqual(100);
  });

  it("is undefined for a process that does not exist", () => {
    expect(cpuMs(2 ** 22 + 1)).toBeUndefined();
  });
});

describe("median", () => {
  it("is the middle figure whatever the order, the mean of the middle two when even, and NaN for none", () => {
    expect(median([90, 10, 50])).toBe(50);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([82.4])).toBe(82);
    expect(median([])).toBeNaN();
  });
});
