import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";

// No Docker engine runs on the project's machines, so the image is checked from its
// Dockerfile: the rules it must keep, and (after `npm run build`) that every path it
// copies from the build stage exists here. `npm run check:image` runs this after the
// build and fails without one; the plain unit run skips the second part with a message.

interface Instruction {
  stage: string;
  op: string;
  args: string;
}

const ROOT = process.cwd();
const text = readFileSync(join(ROOT, "Dockerfile"), "utf8");

function parse(dockerfile: string): { instructions: Instruction[]; workdirs: Map<string, string> } {
  const lines = dockerfile
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const instructions: Instruction[] = [];
  const workdirs = new Map<string, string>();
  let stage = "";
  for (const line of lines) {
    const [, op = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = op.toUpperCase();
    if (upper === "FROM") stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? args;
    if (upper === "WORKDIR") workdirs.set(stage, args);
    instructions.push({ stage, op: upper, args });
  }
  return { instructions, workdirs };
}

const { instructions, workdirs } = parse(text);
const stages = instructions.filter((i) => i.op === "FROM");
const runtime = stages.at(-1)!.stage;
const inRuntime = instructions.filter((i) => i.stage === runtime);
const copiesFromBuild = instructions
  .filter((i) => i.op === "COPY" && /--from=/.test(i.args))
  .map((i) => {
    const words = i.args.split(/\s+/);
    const from = words.find((w) => w.startsWith("--from="))!.slice("--from=".length);
    const paths = words.filter((w) => !w.startsWith("--"));
    return { stage: i.stage, from, sources: paths.slice(0, -1) };
  });

/** A source path of the build stage, as a path in this checkout (the stage copies the checkout into its WORKDIR). */
function localPath(from: string, source: string): string {
  const workdir = workdirs.get(from) ?? "/";
  const rel = posix.isAbsolute(source) ? posix.relative(workdir, source) : source;
  return join(ROOT, rel);
}

describe("Dockerfile", () => {
  it("builds in stages and runs on Node 20 slim", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const from of stages) expect(from.args).toMatch(/^node:20-bookworm-slim\b/);
    for (const copy of copiesFromBuild) expect(stages.map((s) => s.stage)).toContain(copy.from);
  });

  it("runs the standalone server as a user other than root", () => {
    const user = inRuntime.filter((i) => i.op === "USER").at(-1);
    expect(user?.args).toBeTruthy();
    expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
    expect(inRuntime.find((i) => i.op === "CMD")?.args).toBe('["node", "server.js"]');
    // The runtime stage gets the build's output, never the sources or the build's node_modules.
    const runtimeCopies = inRuntime.filter((i) => i.op === "COPY");
    expect(runtimeCopies.every((i) => /--from=build\b/.test(i.args))).toBe(true);
    expect(runtimeCopies.map((i) => i.args).join(" ")).not.toMatch(/node_modules/);
  });

  it("checks its health on /api/health with node, and sets the heap limit and the signal handling", () => {
    const health = inRuntime.find((i) => i.op === "HEALTHCHECK")?.args ?? "";
    expect(health).toMatch(/CMD \["node", "-e", .*\/api\/health/);
    const env = inRuntime
      .filter((i) => i.op === "ENV")
      .map((i) => i.args)
      .join(" ");
    expect(env).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
    expect(env).toMatch(/NEXT_MANUAL_SIG_HANDLE=true/);
    expect(env).toMatch(/HOSTNAME=0\.0\.0\.0/);
  });

  const built = existsSync(join(ROOT, ".next/standalone/server.js"));
  // Only right after a build (`npm run check:image`): a build left from an earlier
  // checkout would be compared with today's files and fail for no fault of theirs.
  const required = process.env.INBOX_REQUIRE_BUILD === "1";
  if (!required) {
    console.log(
      "scripts/dockerfile.test.ts: the paths the image copies are not checked here; " +
        "`npm run check:image` checks them right after `npm run build`.",
    );
  }

  it.skipIf(!required)("copies from the build stage only paths that `npm run build` made", () => {
    expect(built, "no .next/standalone/server.js: run `npm run build` first").toBe(true);
    expect(copiesFromBuild.length).toBeGreaterThan(0);
    for (const copy of copiesFromBuild.filter((c) => c.from !== "deps")) {
      for (const source of copy.sources) {
        const path = localPath(copy.from, source);
        expect(existsSync(path), `${source} (${relative(ROOT, path)}) does not exist after the build`).toBe(true);
      }
    }
  });

  it.skipIf(!required)(
    "ships the static files, public/ and the migrations beside server.js, never a source map",
    () => {
      const standalone = join(ROOT, ".next/standalone");
      const built = readdirSync(join(ROOT, ".next/static/chunks"));
      // The build keeps source maps for check:budget; what is served leaves them out.
      const chunks = built.filter((name) => !name.endsWith(".map"));
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) expect(existsSync(join(standalone, ".next/static/chunks", chunk)), chunk).toBe(true);
      const served = readdirSync(join(standalone, ".next/static"), { recursive: true }).map(String);
      expect(served.filter((name) => name.endsWith(".map"))).toEqual([]);
      for (const folder of ["public", "drizzle"]) {
        if (!existsSync(join(ROOT, folder))) continue;
        for (const entry of readdirSync(join(ROOT, folder), { recursive: true }))
          expect(existsSync(join(standalone, folder, String(entry))), `${folder}/${String(entry)}`).toBe(true);
      }
    },
  );
});
