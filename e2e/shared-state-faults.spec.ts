import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { startOwnRedis, testPrefix, type OwnRedis } from "../lib/testing/redis";
import { LoginPage } from "./pages/login-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { AGENT, APP_PORT, SIM_URL } from "./support/env";

// Redis stopped under load and started again, for two app instances sharing it:
// a redis-server of this spec's own (never the shared one), killed by its pid.

const REDIS_PORT = Number(process.env.E2E_OWN_REDIS_PORT ?? 6392);
let hasRedisServer = true;
try {
  execFileSync("redis-server", ["--version"], { stdio: "ignore" });
} catch {
  hasRedisServer = false;
}
test.skip(!hasRedisServer, "needs the redis-server binary to start and stop a Redis of its own");
test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

const PORTS = [APP_PORT + 22, APP_PORT + 23];
let redis: OwnRedis | undefined;
let instances: AppInstance[] = [];

test.beforeAll(async () => {
  test.setTimeout(150_000);
  redis = await startOwnRedis(REDIS_PORT);
  const env = { AUTH_TRUST_HOST: "true", REDIS_URL: redis.url, INBOX_REDIS_PREFIX: testPrefix() };
  instances = await Promise.all(PORTS.map((port) => startAppInstance(port, env)));
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await redis?.stop();
});

const url = (i: number, path: string) => `${instances[i % 2]!.url}${path}`;
const messages = (contact: string, extra = "") => `/api/messages?contact=${encodeURIComponent(contact)}${extra}`;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const LOST = /\[shared-state\] Redis at 127\.0\.0\.1:\d+ is unreachable/g;
const BACK = /\[shared-state\] Redis at 127\.0\.0\.1:\d+ is back/g;

async function signIn(page: Page) {
  await page.goto(url(0, "/login"));
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(url(0, "/inbox"), { timeout: 30_000 });
}

test("Redis stopped under load: no agent request fails, one warning each way, shared again once it is back", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const api = page.context().request;

  // Agents keep asking, over both instances, all through the outage.
  const statuses: number[] = [];
  let running = true;
  const load = (async () => {
    for (let i = 0; running; i += 1) {
      const res = await api.get(url(i, messages("+33699000794", `&page=${(i % 50) + 1}`)));
      statuses.push(res.status());
    }
  })();
  await expect.poll(() => statuses.length).toBeGreaterThan(10);

  const readiness = async (i: number) => (await api.get(url(i, "/api/ready"))).json() as Promise<unknown>;
  expect(await readiness(0)).toEqual({
    status: "ready",
    database: "ok",
    cache: "redis",
    index: expect.objectContaining({ status: "off" }),
  });

  await redis!.stop();
  for (const instance of instances) await expect.poll(() => count(instance.output(), LOST)).toBe(1);
  // Still serving, from memory: ready, but degraded.
  for (const i of [0, 1]) {
    await expect
      .poll(() => readiness(i))
      .toEqual({
        status: "degraded",
        database: "ok",
        cache: "degraded",
        index: expect.objectContaining({ status: "off" }),
      });
  }
  const during = statuses.length;
  await expect.poll(() => statuses.length).toBeGreaterThan(during + 20);

  redis = await startOwnRedis(REDIS_PORT);
  for (const instance of instances) {
    await expect.poll(() => count(instance.output(), BACK), { timeout: 30_000 }).toBe(1);
  }
  const after = statuses.length;
  await expect.poll(() => statuses.length).toBeGreaterThan(after + 10);
  for (const i of [0, 1]) {
    await expect
      .poll(() => readiness(i))
      .toEqual({ status: "ready", database: "ok", cache: "redis", index: expect.objectContaining({ status: "off" }) });
  }
  running = false;
  await load;

  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  for (const instance of instances) {
    expect(count(instance.output(), LOST)).toBe(1);
    expect(count(instance.output(), BACK)).toBe(1);
  }

  // Shared again: identical requests over both instances make one Octopush call.
  const contact = "+33699000795";
  expect(
    (await page.request.post(`${SIM_URL}/__sim/faults`, { data: { match: contact, latencyMs: 1_000 } })).ok(),
  ).toBe(true);
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => api.get(url(i, messages(contact)))));
  expect(burst.map((res) => res.status())).toEqual(burst.map(() => 200));
  const calls = (await (
    await page.request.get(`${SIM_URL}/__sim/calls?match=${encodeURIComponent(contact)}`)
  ).json()) as unknown[];
  expect(calls).toHaveLength(1);
});
