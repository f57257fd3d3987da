import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import {
  AGENT,
  ALLOWED_EMAILS,
  E2E_AUTH_SECRET,
  APP_PORT,
  APP_URL,
  DATA_DIR,
  FAKE_API_KEY,
  FAKE_API_LOGIN,
  HEALTH_TOKEN,
  INDEXED_APP_PORT,
  INDEXED_APP_URL,
  INDEXED_DATA_DIR,
  INDEXED_SERVER_LOG,
  INDEXED_SIM_PORT,
  INDEXED_SIM_URL,
  INDEXED_SYNC_INTERVAL_MS,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_ISSUER,
  OIDC_LABEL,
  OIDC_PORT,
  OUTSIDER_AGENT,
  SERVER_LOG,
  SHORT_APP_PORT,
  SHORT_APP_URL,
  SHORT_DATA_DIR,
  SHORT_SESSION_SECONDS,
  SIM_PORT,
  SIM_REFERENCE_TIME,
  SECOND_AGENT,
  SIM_URL,
  SSO_APP_URL,
  STORAGE_STATE,
} from "./e2e/support/env";

// Browsers come from Debian (playwright cannot download here); CHROME_PATH
// overrides, and a machine with Playwright's own Chromium uses that.
const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const appEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  OCTOPUSH_API_LOGIN: FAKE_API_LOGIN,
  OCTOPUSH_API_KEY: FAKE_API_KEY,
  OCTOPUSH_BASE_URL: `${SIM_URL}/v1/public`,
  AUTH_SECRET: E2E_AUTH_SECRET,
  AUTH_TRUST_HOST: "true",
  // server.js changes into .next/standalone: every path it is given is absolute.
  // Each instance's own embedded store, never a DATABASE_URL from the shell.
  DATABASE_URL: "",
  INBOX_USERS_FILE: resolve(".e2e/no-users-file.json"),
  // Our graceful shutdown, not Next's (lib/lifecycle/graceful.ts), as in the image.
  NEXT_MANUAL_SIG_HANDLE: "true",
  INBOX_DEFAULT_COUNTRY: "FR",
  INBOX_HEALTH_TOKEN: HEALTH_TOKEN,
  AUTH_OIDC_ISSUER: OIDC_ISSUER,
  AUTH_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
  AUTH_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
  AUTH_OIDC_NAME: OIDC_LABEL,
  INBOX_ALLOWED_EMAILS: ALLOWED_EMAILS,
  // The main instances list and search straight from Octopush: their specs count the
  // simulator's calls and add faults to it, which a background sync would disturb.
  INBOX_INDEX: "off",
};

// The standalone server with the static files and public/ beside it (npm run build prepares
// them; preparing again is cheap and covers a bare `next build`).
const STANDALONE = "node scripts/prepare-standalone.mjs && node .next/standalone/server.js";

const addUser = (u: { email: string; name: string; password: string }, dataDir: string) =>
  `printf '%s\\n' '${u.password}' | npx tsx scripts/users.ts add ${u.email} --name '${u.name}' --password-stdin --data-dir ${dataDir}`;
/** A fresh embedded store with the e2e agents, added through the CLI as an operator would. */
const freshStore = (dataDir: string) =>
  `rm -rf ${dataDir} && ${addUser(AGENT, dataDir)} && ${addUser(OUTSIDER_AGENT, dataDir)}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], storageState: STORAGE_STATE },
      dependencies: ["setup"],
    },
  ],
  webServer: [
    {
      command: "npx tsx simulator/main.ts",
      url: `${SIM_URL}/__sim/health`,
      env: {
        SIMULATOR_PORT: String(SIM_PORT),
        SIMULATOR_API_LOGIN: FAKE_API_LOGIN,
        SIMULATOR_API_KEY: FAKE_API_KEY,
        SIMULATOR_PARENT_PID: String(process.pid),
        // Pinned, so the seeded dates the specs see do not depend on the day they run.
        SIM_REFERENCE_TIME,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: "npx tsx e2e/support/oidc-server.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: {
        OIDC_PORT: String(OIDC_PORT),
        OIDC_REDIRECT_URI: `${SSO_APP_URL}/api/auth/callback/oidc`,
        OIDC_PARENT_PID: String(process.pid),
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // Fresh agent accounts each run in a fresh embedded store (one allowed, one outside
      // INBOX_ALLOWED_EMAILS), then the production build's standalone server, as the image runs
      // it. Its output is kept in SERVER_LOG, which e2e/security-leaks.spec.ts searches for the
      // Octopush key.
      command: `mkdir -p .e2e && ${freshStore(DATA_DIR)} && ${STANDALONE} 2>&1 | tee ${SERVER_LOG}`,
      url: `${APP_URL}/api/health`,
      env: { ...appEnv, HOSTNAME: "127.0.0.1", PORT: String(APP_PORT), INBOX_DATA_DIR: resolve(DATA_DIR) },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The indexed world's own simulator (the same seed, the same reference time).
      command: "npx tsx simulator/main.ts",
      url: `${INDEXED_SIM_URL}/__sim/health`,
      env: {
        SIMULATOR_PORT: String(INDEXED_SIM_PORT),
        SIMULATOR_API_LOGIN: FAKE_API_LOGIN,
        SIMULATOR_API_KEY: FAKE_API_KEY,
        SIMULATOR_PARENT_PID: String(process.pid),
        SIM_REFERENCE_TIME,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The app with the message index on, syncing every second; the seed's dates are in
      // 2025, so retention keeps ten years.
      command: `mkdir -p .e2e && ${freshStore(INDEXED_DATA_DIR)} && ${addUser(SECOND_AGENT, INDEXED_DATA_DIR)} && ${STANDALONE} 2>&1 | tee ${INDEXED_SERVER_LOG}`,
      url: `${INDEXED_APP_URL}/api/health`,
      env: {
        ...appEnv,
        HOSTNAME: "127.0.0.1",
        PORT: String(INDEXED_APP_PORT),
        INBOX_DATA_DIR: resolve(INDEXED_DATA_DIR),
        OCTOPUSH_BASE_URL: `${INDEXED_SIM_URL}/v1/public`,
        INBOX_INDEX: "on",
        INBOX_SYNC_INTERVAL_MS: String(INDEXED_SYNC_INTERVAL_MS),
        INBOX_INDEX_DAYS: "3650",
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same build with a session of a few seconds, for the expiry test.
      command: `mkdir -p .e2e && ${freshStore(SHORT_DATA_DIR)} && ${STANDALONE}`,
      url: `${SHORT_APP_URL}/api/health`,
      env: {
        ...appEnv,
        HOSTNAME: "127.0.0.1",
        PORT: String(SHORT_APP_PORT),
        INBOX_DATA_DIR: resolve(SHORT_DATA_DIR),
        INBOX_SESSION_SECONDS: String(SHORT_SESSION_SECONDS),
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
