import { spawnSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { createTestDatabase, postgresReachable, type TestDatabase } from "../lib/testing/test-database";
import { InboxPage } from "./pages/inbox-page";
import { LoginPage } from "./pages/login-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { AGENT, APP_PORT } from "./support/env";
import { startTcpRelay, type TcpRelay } from "./support/tcp-relay";

// Accounts in the store, seen from the browser: an agent disabled with the CLI is
// signed out at the next request; with the database gone, sign-in says so and an
// agent already signed in keeps reading. Both run an instance of their own on a
// PostgreSQL database made for the test (the CLI cannot open an embedded store a
// server holds), reached through a relay the second test cuts.

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

const MESSAGES = "/api/messages?phone_number=%2B33612345678&per_page=1";
// Ports of this test's own instances: the main app's port plus 20..22.
const APP_A = APP_PORT + 20;
const RELAY = APP_PORT + 21;
const APP_B = APP_PORT + 22;

function users(args: string[], databaseUrl: string, input = "") {
  const r = spawnSync("npx", ["tsx", "scripts/users.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function fetchStatus(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u) => (await fetch(u, { credentials: "same-origin" })).status, url);
}

async function signIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/login`);
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(`${baseUrl}/inbox`);
}

let database: TestDatabase | undefined;
let app: AppInstance | undefined;
let relay: TcpRelay | undefined;

test.beforeAll(async () => {
  test.skip(!(await postgresReachable()), "PostgreSQL at 127.0.0.1:5432 is unreachable");
  database = await createTestDatabase();
  const added = users(["add", AGENT.email, "--name", AGENT.name, "--password-stdin"], database.url, AGENT.password);
  expect(added.code, added.err).toBe(0);
});

test.afterEach(async () => {
  await app?.stop();
  app = undefined;
  await relay?.cut();
  relay = undefined;
});

test.afterAll(async () => {
  await database?.drop();
});

test("an agent disabled with the CLI is signed out at their next request, and can come back once enabled", async ({
  page,
}) => {
  test.slow(); // starts its own instance of the app
  app = await startAppInstance(APP_A, { DATABASE_URL: database!.url, AUTH_TRUST_HOST: "true" });
  await signIn(page, app.url);
  expect(await fetchStatus(page, `${app.url}${MESSAGES}`)).toBe(200);

  const off = users(["disable", AGENT.email], database!.url);
  expect(off.code, off.err).toBe(0);

  expect(await fetchStatus(page, `${app.url}${MESSAGES}`)).toBe(401);
  await page.goto(`${app.url}/inbox`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await new LoginPage(page).expectError("Wrong email or password.");

  expect(users(["enable", AGENT.email], database!.url).code).toBe(0);
  await signIn(page, app.url);
});

test("with the database gone, sign-in says so and a signed-in agent keeps reading conversations", async ({
  page,
  browser,
}) => {
  test.slow();
  const target = new URL(database!.url);
  relay = await startTcpRelay(RELAY, { host: target.hostname, port: Number(target.port || 5432) });
  const viaRelay = new URL(database!.url);
  viaRelay.port = String(RELAY);
  app = await startAppInstance(APP_B, { DATABASE_URL: viaRelay.toString(), AUTH_TRUST_HOST: "true" });
  await signIn(page, app.url);

  await relay.cut();

  // Already signed in: the inbox and its data still open.
  const inbox = new InboxPage(page);
  await page.goto(`${app.url}/inbox`);
  await expect(inbox.rows.first()).toBeVisible();
  expect(await fetchStatus(page, `${app.url}${MESSAGES}`)).toBe(200);

  // Signing in anew: a plain sentence, no error page.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const fresh = await other.newPage();
    const response = await fresh.goto(`${app.url}/login`);
    expect(response?.status()).toBe(200);
    await new LoginPage(fresh).signIn(AGENT.email, AGENT.password);
    await new LoginPage(fresh).expectError("The inbox cannot reach its database. Try again in a minute.");
    await expect(fresh).toHaveURL(`${app.url}/login`);
  } finally {
    await other.close();
  }
  expect(app.output()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
});
