import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { openStore } from "../lib/db/open";
import { indexedMessages } from "../lib/db/schema";
import { createTestDatabase, postgresReachable } from "../lib/testing/test-database";
import { startSimulator, type RunningSimulator } from "../simulator/server";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { seedStore } from "./support/store";
import { AGENT, APP_PORT, FAKE_API_KEY, FAKE_API_LOGIN, SIM_PORT, SIM_REFERENCE_TIME } from "./support/env";

// The message index's sync as an operator sees it on /api/ready, against an Octopush of
// its own (a simulator in this worker, +72) so its faults touch no other spec.

const PORT_OFFSET = 72;
/** Two more instances over one PostgreSQL database (offsets listed in e2e/support/env.ts). */
const PAIR = [APP_PORT + 73, APP_PORT + 74];
const INTERVAL_MS = 500;
const LEADING = "[index] this instance syncs the message index";

test.describe.configure({ mode: "serial" });

let sim: RunningSimulator;
let app: AppInstance;

test.beforeAll(async () => {
  sim = await startSimulator({
    port: SIM_PORT + PORT_OFFSET,
    apiLogin: FAKE_API_LOGIN,
    apiKey: FAKE_API_KEY,
    seed: { referenceTime: Date.parse(SIM_REFERENCE_TIME) },
  });
  app = await startAppInstance(APP_PORT + PORT_OFFSET, {
    OCTOPUSH_BASE_URL: sim.baseUrl,
    INBOX_INDEX: "on",
    INBOX_SYNC_INTERVAL_MS: String(INTERVAL_MS),
    INBOX_INDEX_DAYS: "3650",
  });
});

test.afterEach(async ({}, testInfo) => {
  // The instance's own output says why, when a test here fails (it never holds the key: see the last test).
  if (testInfo.status !== testInfo.expectedStatus && app) {
    await testInfo.attach("app-output", { body: app.output(), contentType: "text/plain" });
  }
});

test.afterAll(async () => {
  await app?.stop();
  await sim?.close();
});

interface IndexLine {
  status: string;
  behindMinutes: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  orderWarning: string | null;
}

test("the index fills from Octopush, says it is behind while Octopush fails (500, then 429), and catches up", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const index = async () => {
    const res = await request.get(`${app.url}/api/ready`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { index: IndexLine }).index;
  };
  const addFault = async (rule: Record<string, unknown>) =>
    expect((await request.post(`${sim.url}/__sim/faults`, { data: rule })).status()).toBe(201);

  // toPass, not expect.poll: on a busy machine a kept-alive connection can be reset
  // between two polls, and that is not what this test is about.
  const settles = (expected: Partial<IndexLine>, timeout: number) =>
    expect(async () => expect(await index()).toMatchObject(expected)).toPass({ timeout });

  await settles({ status: "ok", lastError: null, orderWarning: null, behindMinutes: 0 }, 60_000);

  await addFault({ status: 500, times: 10_000 });
  await settles({ status: "behind", lastError: "error" }, 30_000);
  // The rest of the inbox still answers: readiness is about the database, not the index.
  await request.delete(`${sim.url}/__sim/faults`);
  await settles({ status: "ok", lastError: null }, 60_000);

  await addFault({ status: 429, retryAfter: 1, times: 10_000 });
  await settles({ lastError: "rate_limited" }, 30_000);
  await request.delete(`${sim.url}/__sim/faults`);
  await settles({ status: "ok", lastError: null }, 60_000);
  // Nothing about the failures leaks into the server's output beyond a kind and a status.
  expect(app.output()).toContain("[index] sync failed: Octopush error (500)");
  expect(app.output()).not.toContain(FAKE_API_KEY);
});

test("two instances over one PostgreSQL database: exactly one syncs, and the other takes over when it stops", async () => {
  test.skip(!(await postgresReachable()), "PostgreSQL at 127.0.0.1:5432 is unreachable");
  test.setTimeout(180_000);
  const database = await createTestDatabase("inbox_index_pair_");
  const config = { databaseUrl: database.url, dataDir: "unused" };
  await seedStore(config, [AGENT]);
  const store = await openStore(config);
  const env = {
    DATABASE_URL: database.url,
    OCTOPUSH_BASE_URL: sim.baseUrl,
    INBOX_INDEX: "on",
    INBOX_SYNC_INTERVAL_MS: String(INTERVAL_MS),
    INBOX_INDEX_DAYS: "3650",
  };
  const instances = await Promise.all(PAIR.map((port) => startAppInstance(port, env)));
  try {
    const leaders = () => instances.filter((instance) => instance.output().includes(LEADING));
    await expect.poll(() => leaders().length, { timeout: 30_000 }).toBe(1);
    // A few more intervals: still one.
    await new Promise((resolve) => setTimeout(resolve, 5 * INTERVAL_MS));
    expect(leaders()).toHaveLength(1);
    const [holder] = leaders();
    const other = instances.find((instance) => instance !== holder)!;

    await holder!.stop();
    await expect.poll(() => other.output().includes(LEADING), { timeout: 30_000 }).toBe(true);
    const added = sim.store.add({
      contact: { phoneNumber: "+33699007301" },
      contactName: "Relève Test",
      channel: "sms",
      direction: "inbound",
      text: "indexed by the instance that took over",
    });
    await expect
      .poll(
        async () =>
          (await store.db.select().from(indexedMessages).where(eq(indexedMessages.messageId, added.message.message_id)))
            .length,
        { timeout: 30_000 },
      )
      .toBe(1);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await store.close();
    await database.drop();
  }
});
