// Run after `next build` (npm run build does): puts the browser's static files and
// public/ beside .next/standalone/server.js, as the Dockerfile's image has them, so
// `node .next/standalone/server.js` serves the whole app. Idempotent.
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const standalone = join(root, ".next/standalone");
if (!existsSync(join(standalone, "server.js"))) {
  console.error("prepare-standalone: .next/standalone/server.js is missing: run `npm run build` first.");
  process.exit(1);
}
cpSync(join(root, ".next/static"), join(standalone, ".next/static"), { recursive: true });
if (existsSync(join(root, "public"))) cpSync(join(root, "public"), join(standalone, "public"), { recursive: true });
console.log("prepare-standalone: .next/static and public/ copied beside .next/standalone/server.js");
