import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { openStore, type Store } from "../lib/db/open";
import { auditEvents } from "../lib/db/schema";
import { createShareLink } from "../lib/sharing/store";
import { shareAccountHash } from "../lib/sharing/token";
import { deleteKeys, redisReachable, SHARED_REDIS_URL } from "../lib/testing/redis";
import { createTestDatabase, postgresReachable, type TestDatabase } from "../lib/testing/test-database";
import { LoginPage } from "./pages/login-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { seedStore } from "./support/store";
import { AGENT, APP_PORT, FAKE_API_LOGIN } from "./support/env";

// Shared links on two instances of the app over one PostgreSQL database and one
// Redis (both made for this run): a revocation on one is refused on the other at
// once, a short expiry runs out, and an address guessing tokens is stopped by the
// view limit, counted in Redis for both instances. Links are written straight into
// the database where the test needs an expiry of its own.

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

const APP_A = APP_PORT + 35; // offsets listed in e2e/support/env.ts
const APP_B = APP_PORT + 36;
const PER_ADDRESS = 25;
const GONE = "This link has expired or was revoked.";
const CONVERSATION = "+33612345678";

let database: TestDatabase | undefined;
let store: Store | undefined;
let a: AppInstance | undefined;
let b: AppInstance | undefined;
const prefix = `inbox-share-test:${randomBytes(6).toString("hex")}:`;

test.beforeAll(async () => {
  test.skip(!(await postgresReachable()), "PostgreSQL at 127.0.0.1:5432 is unreachable");
  test.skip(!(await redisReachable()), "Redis at 127.0.0.1:6379 is unreachable");
  test.setTimeout(180_000);
  database = await createTestDatabase("inbox_share_");
  await seedStore({ databaseUrl: database.url, dataDir: "unused" }, [AGENT]);
  store = await openStore({ databaseUrl: database.url, dataDir: "unused" });
  const env = {
    AUTH_TRUST_HOST: "true",
    DATABASE_URL: database.url,
    REDIS_URL: SHARED_REDIS_URL,
    INBOX_REDIS_PREFIX: prefix,
    INBOX_SHARE_VIEWS_PER_ADDRESS: String(PER_ADDRESS),
    INBOX_SHARE_WINDOW_SECONDS: "600",
  };
  [a, b] = await Promise.all([startAppInstance(APP_A, env), startAppInstance(APP_B, env)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await store?.close();
  await database?.drop();
  await deleteKeys(prefix);
});

async function linkInStore(expiresAt: Date): Promise<{ token: string; id: string }> {
  const { token, link } = await createShareLink(store!.db, {
    accountHash: shareAccountHash(FAKE_API_LOGIN),
    conversationKey: CONVERSATION,
    fromMessageId: null,
    fromSentAt: null,
    note: null,
    createdBy: AGENT.email,
    expiresAt,
  });
  return { token, id: link.id };
}

test("a link revoked on one instance is refused on the other at once", async ({ page }) => {
  const { token, id } = await linkInStore(new Date(Date.now() + 3_600_000));
  expect((await page.request.get(`${b!.url}/s/${token}`)).status()).toBe(200);

  await page.goto(`${a!.url}/login`);
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(`${a!.url}/inbox`);
  // From the signed-in page, as the /shared page's Revoke button does.
  const revoked = await page.evaluate(
    async (url) => (await fetch(url, { method: "DELETE", credentials: "same-origin" })).status,
    `/api/shares/${id}`,
  );
  expect(revoked).toBe(200);

  const onB = await page.request.get(`${b!.url}/s/${token}`);
  expect(onB.status()).toBe(410);
  expect(await onB.text()).toContain(GONE);

  // The audit trail has the view (by an anonymous visitor) and the revocation (by the
  // agent), both naming the link by its id; the token appears nowhere.
  const rows = (await store!.db.select().from(auditEvents)).filter((row) => row.target === id);
  expect(rows.map((row) => [row.action, row.actorEmail, row.actorRole]).sort()).toEqual([
    ["share.revoked", AGENT.email, "agent"],
    ["share.viewed", null, "anonymous"],
  ]);
  expect(JSON.stringify(rows)).not.toContain(token);
});

test("a link made through the API leaves a share.created row naming the agent, without the token or the note", async ({
  page,
}) => {
  await page.goto(`${a!.url}/login`);
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(`${a!.url}/inbox`);
  const note = "for the courier, door code 4711";
  const made = await page.evaluate(
    async ({ conversation, note }) => {
      const res = await fetch("/api/shares", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ conversation, duration: "1h", note }),
      });
      return { status: res.status, body: (await res.json()) as { path: string; link: { id: string } } };
    },
    { conversation: CONVERSATION, note },
  );
  expect(made.status).toBe(201);
  const rows = (await store!.db.select().from(auditEvents)).filter((row) => row.target === made.body.link.id);
  expect(rows.map((row) => [row.action, row.actorEmail, row.actorRole])).toEqual([
    ["share.created", AGENT.email, "agent"],
  ]);
  expect(rows[0]!.details).toMatchObject({ scope: "whole", conversation: CONVERSATION });
  const token = made.body.path.replace("/s/", "");
  expect(JSON.stringify(rows)).not.toContain(token);
  expect(JSON.stringify(rows)).not.toContain("door code");
});

test("a link with a short expiry opens until then, and answers 410 after", async ({ page }) => {
  const { token } = await linkInStore(new Date(Date.now() + 4_000));
  expect((await page.request.get(`${a!.url}/s/${token}`)).status()).toBe(200);
  await expect
    .poll(async () => (await page.request.get(`${b!.url}/s/${token}`)).status(), {
      timeout: 20_000,
      intervals: [1_000],
    })
    .toBe(410);
  const past = await linkInStore(new Date(Date.now() - 1_000));
  const res = await page.request.get(`${a!.url}/s/${past.token}`);
  expect(res.status()).toBe(410);
  expect(await res.text()).toContain(GONE);
});

test("an address guessing tokens is refused with 429, on both instances, whatever it guesses", async ({ page }) => {
  const { token } = await linkInStore(new Date(Date.now() + 3_600_000));
  const statuses: number[] = [];
  for (let i = 0; i < PER_ADDRESS + 5; i++) {
    const guess = randomBytes(32).toString("base64url");
    const instance = i % 2 === 0 ? a! : b!;
    statuses.push((await page.request.get(`${instance.url}/s/${guess}`)).status());
  }
  // Earlier tests in this file used some of the allowance from this address: the guesses end in 429s.
  expect(statuses.filter((s) => s === 404).length).toBeGreaterThan(0);
  expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
  expect(statuses.every((s) => s === 404 || s === 429)).toBe(true);
  // Now even a good token is refused from this address, with a plain page and Retry-After.
  const refused = await page.request.get(`${a!.url}/s/${token}`);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.text()).toContain("Too many requests");
});
