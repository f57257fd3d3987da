import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { AGENT, APP_PORT, APP_URL, FAKE_API_KEY, FAKE_API_LOGIN, SIM_PORT, SIM_URL, STORAGE_STATE, USERS_FILE } from "./e2e/support/env";

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
  AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  INBOX_USERS_FILE: USERS_FILE,
  INBOX_DEFAULT_COUNTRY: "FR",
};

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
      },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // A fresh agent account each run, then the production build.
      command: `rm -f ${USERS_FILE} && printf '%s\\n' '${AGENT.password}' | npx tsx scripts/users.ts add ${AGENT.email} --name '${AGENT.name}' --password-stdin --file ${USERS_FILE} && npx next start -H 127.0.0.1 -p ${APP_PORT}`,
      url: `${APP_URL}/api/health`,
      env: appEnv,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
