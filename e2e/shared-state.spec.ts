import { spawnSync } from "node:child_process";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { deleteKeys, redisReachable, SHARED_REDIS_URL, testPrefix } from "../lib/testing/redis";
import { createTestDatabase, postgresReachable, type TestDatabase } from "../lib/testing/test-database";
import { LoginPage } from "./pages/login-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { AGENT, APP_PORT, OUTSIDER_AGENT, SIM_URL } from "./support/env";
import { seedStore } from "./support/store";

// Two instances of the app (two ports, same AUTH_SECRET, same REDIS_URL under a
// key prefix of this run's own, same DATABASE_URL on a database of this run's own)
// in front of the one simulator:
// what the second instance sees of what happened on the first. Cookies are per
// host, not per port, so one browser context carries a session to both.

const reachable = await redisReachable();
test.skip(!reachable, `needs Redis at ${SHARED_REDIS_URL} (REDIS_URL for two instances); none answers`);
const pgUp = await postgresReachable();
test.skip(!pgUp, "needs PostgreSQL at 127.0.0.1:5432 (DATABASE_URL for two instances); none answers");
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const PORTS = [
  Number(process.env.E2E_SHARED_PORT_A ?? APP_PORT + 20),
  Number(process.env.E2E_SHARED_PORT_B ?? APP_PORT + 21),
];
const prefix = testPrefix();
let instances: AppInstance[] = [];
let database: TestDatabase | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  database = await createTestDatabase();
  await seedStore({ databaseUrl: database.url, dataDir: "unused" }, [AGENT, OUTSIDER_AGENT]);
  instances = await Promise.all(
    PORTS.map((port) =>
      startAppInstance(port, {
        AUTH_TRUST_HOST: "true",
        DATABASE_URL: database!.url,
        REDIS_URL: SHARED_REDIS_URL,
        INBOX_REDIS_PREFIX: prefix,
        OCTOPUSH_MAX_CONCURRENT: "2",
      }),
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await deleteKeys(prefix);
  await database?.drop();
});

function users(args: string[], input = "") {
  const r = spawnSync("npx", ["tsx", "scripts/users.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database!.url },
  });
  expect(r.status, r.stderr).toBe(0);
}

const url = (i: number, path: string) => `${instances[i % 2]!.url}${path}`;
const messages = (contact: string, extra = "") => `/api/messages?contact=${encodeURIComponent(contact)}${extra}`;

async function signIn(page: Page, instance: number, account: { email: string; password: string }) {
  await page.goto(url(instance, "/login"));
  await new LoginPage(page).signIn(account.email, account.password);
  await expect(page).toHaveURL(url(instance, "/inbox"), { timeout: 30_000 });
}

async function simFault(request: APIRequestContext, spec: Record<string, unknown>) {
  expect((await request.post(`${SIM_URL}/__sim/faults`, { data: spec })).status()).toBe(201);
}
async function simCalls(request: APIRequestContext, match: string): Promise<unknown[]> {
  return (await request.get(`${SIM_URL}/__sim/calls?match=${encodeURIComponent(match)}`)).json();
}

test("100 identical requests at once, spread over both instances, make 1 call to Octopush", async ({ page }) => {
  test.slow();
  await signIn(page, 0, AGENT);
  const api = page.context().request;
  // Both instances warm (routes loaded, Redis connected), so the burst meets them ready.
  for (const i of [0, 1]) expect((await api.get(url(i, messages("+33699000790")))).status()).toBe(200);

  const contact = "+33699000791";
  // Slow enough that every request arrives while the first call is still out.
  await simFault(page.request, { match: contact, latencyMs: 1_000 });
  const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => api.get(url(i, messages(contact)))));
  expect(answers.map((res) => res.status())).toEqual(answers.map(() => 200));
  const bodies = new Set(await Promise.all(answers.map((res) => res.text())));
  expect(bodies.size).toBe(1);
  expect(await simCalls(page.request, contact)).toHaveLength(1);
});

test("with the cap at 2, 20 different requests over both instances never have more than 2 calls at Octopush", async ({
  page,
}) => {
  test.slow();
  await signIn(page, 1, AGENT);
  const api = page.context().request;
  const contact = "+33699000792";
  await simFault(page.request, { match: contact, latencyMs: 300 });
  expect((await page.request.post(`${SIM_URL}/__sim/inflight`, { data: { match: contact } })).status()).toBe(201);

  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => api.get(url(i, messages(contact, `&page=${i + 1}`)))),
  );
  expect(answers.map((res) => res.status())).toEqual(answers.map(() => 200));
  expect(await simCalls(page.request, contact)).toHaveLength(20);
  const { max } = await (
    await page.request.get(`${SIM_URL}/__sim/inflight?match=${encodeURIComponent(contact)}`)
  ).json();
  expect(max).toBeGreaterThanOrEqual(1);
  expect(max).toBeLessThanOrEqual(2);
});

test("a session made on one instance works on the other, and signed out on one is refused on the other", async ({
  page,
  playwright,
}) => {
  await signIn(page, 0, AGENT);
  const cookie = (await page.context().cookies(url(0, "/"))).map((c) => `${c.name}=${c.value}`).join("; ");
  // A copy of the cookie, as someone who took it would use it.
  const copy = await playwright.request.newContext({ extraHTTPHeaders: { cookie } });
  try {
    expect((await copy.get(url(1, messages("+33699000793")))).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await copy.get(url(1, messages("+33699000793")))).status()).toBe(401);
    expect((await copy.get(url(0, messages("+33699000793")))).status()).toBe(401);
  } finally {
    await copy.dispose();
  }
});

test('5 wrong passwords on one instance, then the right one on the other: "Too many attempts"', async ({ page }) => {
  test.slow();
  const login = new LoginPage(page);
  await page.goto(url(0, "/login"));
  for (let i = 0; i < 5; i += 1) {
    await login.signIn(OUTSIDER_AGENT.email, `wrong-${i}`);
    await login.expectError("Wrong email or password.");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  }
  await page.goto(url(1, "/login"));
  await login.signIn(OUTSIDER_AGENT.email, OUTSIDER_AGENT.password);
  await login.expectError(/^Too many attempts\. Try again in 15 minutes\.$/);
  await expect(page).toHaveURL(url(1, "/login"));
});

test("an agent added with the CLI signs in on either instance; disabled, refused on both at the next request", async ({
  page,
}) => {
  test.slow();
  const newcomer = { email: "nora.new@acme.example", name: "Nora New", password: "a-fresh-password-42" };
  users(["add", newcomer.email, "--name", newcomer.name, "--password-stdin"], `${newcomer.password}\n`);
  await signIn(page, 1, newcomer);
  const api = page.context().request;
  expect((await api.get(url(0, messages("+33699000796")))).status()).toBe(200);

  users(["disable", newcomer.email]);
  expect((await api.get(url(0, messages("+33699000796")))).status()).toBe(401);
  expect((await api.get(url(1, messages("+33699000796")))).status()).toBe(401);
});
