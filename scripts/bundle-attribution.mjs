// Which package each byte of a browser chunk comes from, read from the chunk's
// source map (next.config.js productionBrowserSourceMaps; Turbopack writes index
// maps with `sections`). Used by check-bundle-budget.mjs. A chunk's gzipped size
// is shared out in proportion to the generated characters each source produced:
// an estimate (gzip is not linear), good to a few hundred bytes per package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one "mappings" string: [line, column, sourceIndex | -1] per segment. */
function segments(mappings) {
  const out = [];
  let source = 0;
  let line = 0;
  for (const lineText of mappings.split(";")) {
    let column = 0;
    if (lineText) {
      for (const segment of lineText.split(",")) {
        if (!segment) continue;
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const c of segment) {
          const digit = DIGIT.get(c);
          if (digit === undefined) throw new Error(`bad base64 VLQ digit ${c}`);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += fields[0];
        if (fields.length > 1) {
          source += fields[1];
          out.push([line, column, source]);
        } else out.push([line, column, -1]);
      }
    }
    line += 1;
  }
  return out;
}

/** The source file a source path names, relative to the project (node_modules/… for a package's). */
export function fileOf(sourcePath) {
  return sourcePath.replace(/^turbopack:\/\/\//, "").replace(/^\[project\]\//, "");
}

/** The package a source path belongs to: the last node_modules/<name>, else the app's folder. */
export function packageOf(sourcePath) {
  const path = fileOf(sourcePath);
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match) return match[1];
  if (path.startsWith("[turbopack]")) return "(turbopack runtime)";
  const parts = path.split("/");
  return `app: ${parts.slice(0, parts[0] === "components" || parts[0] === "lib" ? 3 : 2).join("/")}`;
}

/** Characters of `jsText` per source file (fileOf); "(unmapped)" for what no source claims. */
export function charsBySource(jsText, map) {
  const lines = jsText.split("\n");
  const sections = map.sections ?? [{ offset: { line: 0, column: 0 }, map }];
  const marks = [];
  for (const { offset, map: part } of sections) {
    if (!part?.mappings) continue;
    for (const [line, column, source] of segments(part.mappings)) {
      const absLine = line + offset.line;
      const absColumn = line === 0 ? column + offset.column : column;
      marks.push([absLine, absColumn, source >= 0 ? fileOf(part.sources[source] ?? "") : "(unmapped)"]);
    }
  }
  marks.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const totals = new Map();
  const add = (name, n) => n > 0 && totals.set(name, (totals.get(name) ?? 0) + n);
  let mapped = 0;
  for (let i = 0; i < marks.length; i++) {
    const [line, column, name] = marks[i];
    const next = marks[i + 1];
    const end = next && next[0] === line ? next[1] : (lines[line]?.length ?? column);
    add(name, end - column);
    mapped += Math.max(0, end - column);
  }
  add("(unmapped)", jsText.length - mapped);
  return totals;
}

/** Per-source amounts (charsBySource, gzipBySource) summed by package; "(unmapped)" stays itself. */
export function groupByPackage(bySource) {
  const totals = new Map();
  for (const [file, n] of bySource) {
    const name = file === "(unmapped)" ? file : packageOf(file);
    totals.set(name, (totals.get(name) ?? 0) + n);
  }
  return totals;
}

/** Gzipped bytes of a chunk shared out by source file, or null when the chunk has no map. */
export function gzipBySource(jsPath, gzBytes) {
  const text = readFileSync(jsPath, "utf8");
  // Turbopack names a map by its own hash: the chunk's last line says which.
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
  const mapPath = url && !url.startsWith("data:") ? join(dirname(jsPath), url) : `${jsPath}.map`;
  if (!existsSync(mapPath)) return null;
  const chars = charsBySource(text, JSON.parse(readFileSync(mapPath, "utf8")));
  const shares = new Map();
  for (const [name, n] of chars) shares.set(name, (n / text.length) * gzBytes);
  return shares;
}
