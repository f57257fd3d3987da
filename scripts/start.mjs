// `npm start`: the standalone server (what the image runs) from the project folder,
// with what `next start` gave: the .env files read from here, relative paths taken
// from here (server.js changes into .next/standalone, which each build wipes), and
// -H/--hostname and -p/--port. Usage: npm start [-- -H 127.0.0.1 -p 3000]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import nextEnv from "@next/env";

const root = process.cwd();
nextEnv.loadEnvConfig(root, false);

// All interfaces unless -H says otherwise, as `next start`: an inherited HOSTNAME is the
// machine's name, not an address to listen on (server.js would listen on it).
process.env.HOSTNAME = "0.0.0.0";
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s);
  const value = inline ?? args[++i];
  if (flag === "-H" || flag === "--hostname") process.env.HOSTNAME = value;
  else if (flag === "-p" || flag === "--port") process.env.PORT = value;
  else {
    console.error(`npm start: unknown option ${flag} (use -H <address> and -p <port>)`);
    process.exit(1);
  }
}

for (const [name, fallback] of [
  ["INBOX_USERS_FILE", "users.json"],
  ["INBOX_DATA_DIR", "data"],
]) {
  process.env[name] = resolve(root, process.env[name] || fallback);
}
// The inbox's graceful shutdown (lib/lifecycle/graceful.ts) instead of Next's.
process.env.NEXT_MANUAL_SIG_HANDLE ??= "true";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

if (!existsSync(resolve(root, ".next/standalone/server.js"))) {
  console.error("npm start: no build yet: run `npm run build` first.");
  process.exit(1);
}
await import(pathToFileURL(resolve(root, "scripts/prepare-standalone.mjs")).href);
await import(pathToFileURL(resolve(root, ".next/standalone/server.js")).href);
