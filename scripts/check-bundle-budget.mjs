#!/usr/bin/env node
// `npm run check:budget`, after `next build`: the JavaScript a browser loads to
// show each budgeted route, gzipped, against a budget; exits 1 over budget.
//
// Read from the build output (Next 16, Turbopack), not from a running server:
// - build-manifest.json `rootMainFiles`: the runtime every App Router page loads;
// - the route's page_client-reference-manifest.js `entryJSFiles`: the chunks of
//   each segment (root layout, group layout, page) that the page's HTML lists.
// Their union is exactly the set of <script src="/_next/static/..."> of the
// first HTML (checked against a live page by `npm run bench`). Chunks loaded
// later by dynamic import() are not counted; `polyfillFiles` are left out:
// they are nomodule scripts no current browser fetches.
// If Next changes these files, this script fails loudly instead of passing at 0 kB.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

// 192 (185 until next-intl, ~7 kB, came with issue 13), not the 150 issue 6 asked for: React 19 + the Next 16 runtime alone ship
// 128.8 kB and TanStack Query ~20 kB, so 150 left almost nothing for the app
// (docs/decisions/bundle-budget.md). The runtime floor is printed on every run.
const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 192);
const ROUTES = [
  {
    route: "/conversations/[key]",
    manifest: "server/app/(inbox)/conversations/[key]/page_client-reference-manifest.js",
    key: "/(inbox)/conversations/[key]/page",
  },
  {
    route: "/inbox",
    manifest: "server/app/(inbox)/inbox/page_client-reference-manifest.js",
    key: "/(inbox)/inbox/page",
  },
];
const dir = process.argv[2] ?? ".next";

function fail(message) {
  console.error(`check-bundle-budget: ${message}`);
  process.exit(1);
}

if (!existsSync(join(dir, "build-manifest.json"))) fail(`no ${dir}/build-manifest.json: run \`npm run build\` first.`);
const build = JSON.parse(readFileSync(join(dir, "build-manifest.json"), "utf8"));
if (!Array.isArray(build.rootMainFiles) || build.rootMainFiles.length === 0)
  fail("build-manifest.json has no rootMainFiles: has Next's format changed?");

function routeFiles({ manifest, key }) {
  const path = join(dir, manifest);
  if (!existsSync(path)) fail(`missing ${path}: has the route moved, or Next's format changed?`);
  const sandbox = { globalThis: {} };
  sandbox.self = sandbox.globalThis;
  vm.runInNewContext(readFileSync(path, "utf8"), sandbox);
  const entry = sandbox.globalThis.__RSC_MANIFEST?.[key];
  if (!entry?.entryJSFiles) fail(`${path} has no entryJSFiles for ${key}: has Next's format changed?`);
  return Object.values(entry.entryJSFiles).flat();
}

const gzipCache = new Map();
function gzippedBytes(file) {
  const clean = file.replace(/^\/?_next\//, "");
  if (!gzipCache.has(clean)) {
    const path = join(dir, clean);
    if (!existsSync(path)) fail(`a listed chunk is missing: ${path}`);
    const raw = readFileSync(path);
    gzipCache.set(clean, { raw: raw.length, gz: gzipSync(raw).length });
  }
  return gzipCache.get(clean);
}

let over = false;
const kb = (n) => (n / 1024).toFixed(1);
console.log(`JavaScript shipped per route (first load, gzip level 6 as next start serves it), budget ${BUDGET_KB} kB:`);
const floor = build.rootMainFiles.filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + gzippedBytes(f).gz, 0);
console.log(`  (Next.js + React runtime that every page loads: ${kb(floor)} kB gzipped)`);
for (const r of ROUTES) {
  const files = [...new Set([...build.rootMainFiles, ...routeFiles(r)].map((f) => f.replace(/^\/?_next\//, "")))];
  const js = files.filter((f) => f.endsWith(".js"));
  let raw = 0;
  let gz = 0;
  for (const f of js) {
    const size = gzippedBytes(f);
    raw += size.raw;
    gz += size.gz;
  }
  const ok = gz <= BUDGET_KB * 1024;
  over ||= !ok;
  console.log(
    `  ${ok ? "ok  " : "OVER"} ${r.route.padEnd(22)} ${kb(gz).padStart(6)} kB gzipped (${kb(raw)} kB raw, ${js.length} files)`,
  );
}
if (over) fail(`over the ${BUDGET_KB} kB budget: see above. Trim client components or split with dynamic import().`);
