// `npm run demo`: the inbox on this machine in one command. With no Octopush
// credentials it starts the bundled simulator and serves demo data; it makes an
// AUTH_SECRET and a demo agent for the person running it, builds, and starts.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { EnvError, parseEnv } from "../lib/config/env";
import { addUser, listUsers } from "../lib/accounts/store";
import { readStoreConfig } from "../lib/config/env-store";
import { DatabaseUnavailableError, StoreHeldError } from "../lib/db/errors";
import { openStore } from "../lib/db/open";
import { clearIndex } from "../lib/message-index/write";
import { SimulatorConfigError, readSimulatorSettings } from "../simulator/config";
import { startSimulator } from "../simulator/server";

const DEMO_DIR = ".demo";
// A customer writes in about once a minute, so the demo looks alive (SIM_LIVE_INTERVAL_MS=0: off).
const DEMO_LIVE_INTERVAL_MS = 60_000;
const DEMO_AGENT = { email: "demo@octopush-inbox.local", name: "Demo Agent", password: "octopush-demo" };

function demoSecret(): string {
  const file = `${DEMO_DIR}/auth-secret`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(DEMO_DIR, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    // The inbox's graceful shutdown handles Ctrl+C, not Next's (lib/lifecycle/graceful.ts).
    NEXT_MANUAL_SIG_HANDLE: "true",
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    INBOX_USERS_FILE: process.env.INBOX_USERS_FILE || `${DEMO_DIR}/users.json`,
    // The demo's embedded store, apart from a real one in ./data (scripts/start.mjs makes it absolute).
    INBOX_DATA_DIR: process.env.INBOX_DATA_DIR || `${DEMO_DIR}/data`,
  };

  let config;
  let sim;
  try {
    config = parseEnv(env);
    // Seed times count back from the current hour (or SIM_REFERENCE_TIME), so the demo looks current.
    sim = readSimulatorSettings(env, Date.now(), { liveIntervalMs: DEMO_LIVE_INTERVAL_MS });
  } catch (error) {
    if (error instanceof EnvError || error instanceof SimulatorConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const demo = config.mode === "demo";
  if (demo) {
    env.AUTH_SECRET ||= demoSecret();
    env.INBOX_DEMO_EMAIL = DEMO_AGENT.email;
    env.INBOX_DEMO_PASSWORD = DEMO_AGENT.password;
    // The demo agent is an admin, so the whole inbox can be tried. Added before the server holds the store.
    const store = await openStore(readStoreConfig(env)).catch((error: unknown) => {
      if (error instanceof StoreHeldError || error instanceof DatabaseUnavailableError) {
        console.error(`error: ${error.message}`);
        process.exit(1);
      }
      throw error;
    });
    try {
      await store.migrate();
      const users = await listUsers(store.db);
      if (!users.some((u) => u.email === DEMO_AGENT.email)) await addUser(store.db, { ...DEMO_AGENT, role: "admin" });
      // Each start seeds the simulator afresh (times relative to now, no messages added last
      // time): the message index starts afresh with it and fills in the first seconds.
      if (!process.env.OCTOPUSH_BASE_URL) await clearIndex(store.db);
    } finally {
      await store.close();
    }
  }

  const port = String(config.port);
  if (!process.argv.includes("--no-build")) {
    console.log("Building the inbox (next build)...");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const simulator =
    demo && !process.env.OCTOPUSH_BASE_URL
      ? // Where and with which credentials the app will call it: the env module decides.
        await startSimulator({
          port: Number(new URL(config.octopush.baseUrl).port),
          apiLogin: config.octopush.apiLogin,
          apiKey: config.octopush.apiKey,
          seed: { referenceTime: sim.referenceTime, totalMessages: sim.totalMessages },
          live: { intervalMs: sim.liveIntervalMs },
        })
      : undefined;

  // The standalone server, as `npm start` and the image run it (scripts/start.mjs).
  const app = spawn("node", ["scripts/start.mjs", "-H", "127.0.0.1", "-p", port], {
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  let announced = false;
  app.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started|Local:/i.test(chunk.toString())) {
      announced = true;
      console.log(
        [
          "",
          `  Octopush Inbox is running: http://localhost:${port}`,
          demo
            ? `  Demo mode: data from the bundled Octopush simulator${simulator ? ` (${simulator.baseUrl})` : ""}.` +
              (simulator && sim.liveIntervalMs > 0
                ? `\n  A new customer message arrives about every ${Math.round(sim.liveIntervalMs / 1000)} s.`
                : "")
            : `  Live mode: ${config.octopush.baseUrl}`,
          demo ? `  Sign in as ${DEMO_AGENT.email} with the password ${DEMO_AGENT.password}` : "",
          "  Stop with Ctrl+C.",
          "",
        ].join("\n"),
      );
    }
  });

  const stop = async () => {
    app.kill("SIGTERM");
    await simulator?.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  app.on("exit", (code) => {
    void (simulator?.close() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
  });
}

void main();
