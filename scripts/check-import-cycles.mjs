// Import cycles among the project's own source files (type-only imports count).
// From the project root: node scripts/check-import-cycles.mjs  (exit 1 when there is one)
import fs from "node:fs";
import path from "node:path";
import { execSync } from "node:child_process";
const files = execSync("git ls-files '*.ts' '*.tsx' '*.mjs' '*.js'")
  .toString()
  .split("\n")
  .filter((f) => f && !/(\.test\.|\.spec\.|^e2e\/|^node_modules\/)/.test(f));
const set = new Set(files);
const exts = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];
function resolve(from, spec) {
  let base;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.normalize(path.join(path.dirname(from), spec));
  else return null;
  for (const e of exts) if (set.has(base + e)) return base + e;
  return null;
}
const graph = new Map();
for (const f of files) {
  const src = fs.readFileSync(f, "utf8");
  const deps = new Set();
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    const r = resolve(f, m[1] || m[2]);
    if (r && r !== f) deps.add(r);
  }
  graph.set(f, [...deps]);
}
const state = new Map();
const stack = [];
const cycles = [];
function dfs(n) {
  state.set(n, 1);
  stack.push(n);
  for (const d of graph.get(n) || []) {
    if (state.get(d) === 1) cycles.push(stack.slice(stack.indexOf(d)).concat(d).join(" -> "));
    else if (!state.get(d)) dfs(d);
  }
  stack.pop();
  state.set(n, 2);
}
for (const f of files) if (!state.get(f)) dfs(f);
for (const c of cycles) console.log("cycle: " + c);
console.log(`${cycles.length} import cycles among ${files.length} files`);
process.exit(cycles.length ? 1 : 0);
