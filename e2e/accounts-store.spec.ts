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
// Ports of this test's own instances: the main app's port plus 30..32 (e2e/support/env.ts).
const APP_A = APP_PORT + 30;
const RELAY = APP_PORT + 31;
const APP_B = APP_PORT + 32;

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

async function signIn(page: Page, baseUrl: string, who: { email: string; password: string } = AGENT) {
  await page.goto(`${baseUrl}/login`);
  await new LoginPage(page).signIn(who.email, who.password);
  await expect(page).toHaveURL(`${baseUrl}/inbox`);
}

let database: TestDatabase | undefined;
let app: AppInstance | undefined;
let relay: TcpRelay | undefined;

const ADMIN = { email: "ada.admin@acme.example", name: "Ada Admin", password: "admin-password-42" };

test.beforeAll(async () => {
  test.skip(!(await postgresReachable()), "PostgreSQL at 127.0.0.1:5432 is unreachable");
  database = await createTestDatabase();
  const added = users(["add", AGENT.email, "--name", AGENT.name, "--password-stdin"], database.url, AGENT.password);
  expect(added.code, added.err).toBe(0);
  const admin = users(
    ["add", ADMIN.email, "--name", ADMIN.name, "--password-stdin", "--admin"],
    database.url,
    ADMIN.password,
  );
  expect(admin.code, admin.err).toBe(0);
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
  const ready = async () => {
    const res = await page.request.get(`${app!.url}/api/ready`);
    return { status: res.status(), body: (await res.json()) as unknown };
  };
  expect(await ready()).toEqual({
    status: 200,
    body: { status: "ready", database: "ok", cache: "memory", index: expect.objectContaining({ status: "off" }) },
  });

  await relay.cut();

  // A load balancer stops sending new agents here.
  expect(await ready()).toEqual({
    status: 503,
    body: {
      status: "unavailable",
      database: "down",
      cache: "memory",
      index: expect.objectContaining({ status: "off" }),
    },
  });

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

test("an agent gets 403 on /admin/agents and its API; an admin adds an agent who signs in, then disables them", async ({
  page,
  browser,
}) => {
  test.slow();
  app = await startAppInstance(APP_A, { DATABASE_URL: database!.url, AUTH_TRUST_HOST: "true" });
  const url = app.url;

  // An agent: no link in the header, a 403 page, a 403 from the API.
  await signIn(page, url);
  await expect(page.getByRole("link", { name: "Agents" })).toHaveCount(0);
  const refused = await page.goto(`${url}/admin/agents`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  const api = await page.evaluate(async () => {
    const res = await fetch("/api/admin/agents");
    return { status: res.status, body: (await res.json()) as unknown };
  });
  expect(api).toEqual({
    status: 403,
    body: { error: { code: "forbidden", message: "This is for the inbox's administrators only." } },
  });
  expect(
    await page.evaluate(
      async () =>
        (
          await fetch("/api/admin/agents", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email: "sneaky@acme.example", name: "Sneaky" }),
          })
        ).status,
    ),
  ).toBe(403);

  // An admin: the header link, the list, a new agent with a one-time password.
  const adminContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newcomerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const admin = await adminContext.newPage();
    await signIn(admin, url, ADMIN);
    await admin.getByRole("link", { name: "Agents" }).click();
    await expect(admin).toHaveURL(`${url}/admin/agents`);
    await expect(admin.getByTestId("agent-row")).toHaveCount(2);
    await admin.getByLabel("Email").fill("nina.new@acme.example");
    await admin.getByLabel("Name").fill("Nina New");
    await admin.getByRole("button", { name: "Add agent" }).click();
    const password = (await admin.getByTestId("one-time-password").textContent()) ?? "";
    expect(password).toMatch(/^[\w-]{16}$/);
    await expect(admin.getByTestId("agent-row")).toHaveCount(3);

    const newcomer = await newcomerContext.newPage();
    await signIn(newcomer, url, { email: "nina.new@acme.example", password });
    expect(await fetchStatus(newcomer, `${url}${MESSAGES}`)).toBe(200);

    await admin.getByRole("button", { name: "Disable nina.new@acme.example" }).click();
    await expect(admin.getByRole("button", { name: "Enable nina.new@acme.example" })).toBeVisible();
    expect(await fetchStatus(newcomer, `${url}${MESSAGES}`)).toBe(401);
    // The password shown once is not printed anywhere the server writes.
    expect(app.output()).not.toContain(password);

    // An invitation link instead: the invited person sets their own password, once.
    await admin.getByLabel("Email").fill("ivy.invited@acme.example");
    await admin.getByRole("button", { name: "Send an invitation link instead" }).click();
    const link = (await admin.getByTestId("invitation-link").textContent()) ?? "";
    expect(link).toMatch(new RegExp(`^${url}/invite/[\\w-]{43}$`));
    const invited = await newcomerContext.newPage();
    await invited.goto(link);
    await expect(invited.getByText("ivy.invited@acme.example")).toBeVisible();
    await invited.getByLabel("Your name").fill("Ivy Invited");
    await invited.getByLabel("Password (at least 10 characters)").fill("ivy-password-123");
    await invited.getByRole("button", { name: "Create my account" }).click();
    await expect(invited).toHaveURL(/\/login/);
    await signIn(invited, url, { email: "ivy.invited@acme.example", password: "ivy-password-123" });
    await invited.goto(link);
    await expect(invited.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
    expect(app.output()).not.toContain(link.split("/invite/")[1]);
  } finally {
    await adminContext.close();
    await newcomerContext.close();
  }
});
