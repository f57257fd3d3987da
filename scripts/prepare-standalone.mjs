// Run after `next build` (npm run build does): puts the browser's static files,
// public/ and the database migrations (drizzle/) beside .next/standalone/server.js,
// so `node .next/standalone/server.js` serves the whole app, and the Dockerfile
// copies that one folder into the image. Idempotent.
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const standalone = join(root, ".next/standalone");
if (!existsSync(join(standalone, "server.js"))) {
  console.error("prepare-standalone: .next/standalone/server.js is missing: run `npm run build` first.");
  process.exit(1);
}
/** Copied when present (server.js changes into its own folder, so the server finds them there). */
const OPTIONAL_FOLDERS = ["public", "drizzle"];

// Source maps stay in .next/ for `npm run check:budget` (which package each byte comes
// from); they are not served (next.config.js productionBrowserSourceMaps).
cpSync(join(root, ".next/static"), join(standalone, ".next/static"), {
  recursive: true,
  filter: (path) => !path.endsWith(".map"),
});
const copied = [".next/static"];
for (const folder of OPTIONAL_FOLDERS) {
  if (!existsSync(join(root, folder))) continue;
  cpSync(join(root, folder), join(standalone, folder), { recursive: true });
  copied.push(`${folder}/`);
}
console.log(`prepare-standalone: ${copied.join(", ")} copied beside .next/standalone/server.js`);
