import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { HEALTH_TOKEN, SIM_URL } from "./support/env";

// What agents see when Octopush misbehaves, and what Octopush received. Each
// test scopes its faults to a contact of its own (`match`), so tests running in
// parallel never see each other's faults. The thread shows errors in a
// role="alert" with a "Retry" button (the thread UI's contract).

async function fault(request: APIRequestContext, spec: Record<string, unknown>) {
  const res = await request.post(`${SIM_URL}/__sim/faults`, { data: spec });
  expect(res.status()).toBe(201);
}
// Next's route announcer is an empty role="alert" on every page: an error is an alert with text.
const errorAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });
// The thread, not the shell's conversation list beside it (the skip link's target).
const thread = (page: Page) => page.locator("#inbox-main");

async function calls(request: APIRequestContext, match: string): Promise<Array<{ at: number }>> {
  return (await request.get(`${SIM_URL}/__sim/calls?match=${encodeURIComponent(match)}`)).json();
}

test("Octopush refusing the credentials: agents are told, operators see the hint on /api/health", async ({
  page,
  request,
}) => {
  const contact = "+33699000101";
  await fault(request, { match: contact, status: 401 });
  // 401 is not retried: one request to the app, one call to Octopush, never a storm.
  // (Asked before the page opens: the page's own requests would blur the count.)
  const api = await request.get(`/api/messages?contact=${encodeURIComponent(contact)}`);
  expect(api.status()).toBe(502);
  expect((await api.json()).error).toEqual({
    code: "upstream_auth",
    message: "The inbox cannot reach Octopush: check the API credentials.",
  });
  expect(await calls(request, contact)).toHaveLength(1);

  await page.goto(`/conversations/${contact}`);
  const alert = errorAlert(page);
  await expect(alert).toContainText("The inbox cannot reach Octopush: check the API credentials");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();

  // /api/health keeps the *last* outcome: another test's success may land in
  // between, so ask again until this failure is the last one.
  await expect
    .poll(async () => {
      await request.get(`/api/messages?contact=${encodeURIComponent(contact)}`);
      const health = await request.get("/api/health", { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } });
      return (await health.json()).upstream;
    })
    .toMatchObject({
      ok: false,
      kind: "http",
      status: 401,
      hint: expect.stringMatching(/OCTOPUSH_API_LOGIN and OCTOPUSH_API_KEY/),
    });
});

test("503 twice, then OK: the agent sees the messages and Octopush got 3 calls, spaced as it asked", async ({
  page,
  request,
}) => {
  const contact = "+4916097071505"; // Felix Becker, 10 messages in the seed
  // Retry-After: 1 s. The gateway's own back-off is full jitter (lib/octopush/client.ts:
  // anywhere from 0 to its window), so the only spacing it promises is never sooner than
  // Octopush asked: each retry comes at least 1 s after the answer that asked for it.
  await fault(request, { match: contact, status: 503, times: 2, retryAfter: 1 });
  await page.goto(`/conversations/${contact}`);
  await expect(errorAlert(page)).toHaveCount(0);
  // Every message of the seed is a bubble in the thread's log (not the header's channel list).
  await expect(thread(page).getByRole("log").locator("[data-message-id]")).toHaveCount(10);
  const log = await calls(request, contact);
  expect(log).toHaveLength(3);
  expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(1000);
  expect(log[2]!.at - log[1]!.at).toBeGreaterThanOrEqual(1000);
});

test("malformed JSON: a clear error with Retry, never a blank page; Retry asks again", async ({ page, request }) => {
  const contact = "+33699000103";
  await fault(request, { match: contact, malformed: true });
  await page.goto(`/conversations/${contact}`);
  const alert = errorAlert(page);
  await expect(alert).toContainText("Octopush sent an answer the inbox could not read");
  const before = (await calls(request, contact)).length;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect.poll(async () => (await calls(request, contact)).length).toBeGreaterThan(before);
  await expect(errorAlert(page)).toContainText("could not read");
});

test("unknown fields: the messages are still shown, text and all", async ({ page, request }) => {
  const contact = "+34639272100"; // Lucía García, 14 messages in the seed
  await fault(request, { match: contact, unknownFields: true });
  const api = await request.get(`/api/messages?contact=${encodeURIComponent(contact)}`);
  expect(api.status()).toBe(200);
  const { messages } = (await api.json()) as { messages: Array<{ text: string | null }> };
  expect(messages).toHaveLength(14);
  await page.goto(`/conversations/${contact}`);
  await expect(errorAlert(page)).toHaveCount(0);
  const newest = messages[0]!.text!;
  await expect(thread(page).getByText(newest.slice(0, 40), { exact: false }).first()).toBeVisible();
});

test("nulls everywhere but message_id: every message is still there, no blank page", async ({ page, request }) => {
  const contact = "+33756735199"; // Chloé Fontaine, 14 messages in the seed
  await fault(request, { match: contact, nulls: true });
  const api = await request.get(`/api/messages?contact=${encodeURIComponent(contact)}`);
  expect(api.status()).toBe(200);
  const { messages } = (await api.json()) as { messages: unknown[] };
  expect(messages).toHaveLength(14);
  await page.goto(`/conversations/${contact}`);
  await expect(errorAlert(page)).toHaveCount(0);
  // The thread is a log of bubbles, each carrying its message id (virtualised: 14 short ones all fit).
  await expect(thread(page).getByRole("log").locator("[data-message-id]")).toHaveCount(14);
});

test("20 agents asking for the same conversation at once: Octopush answers one call", async ({ request }) => {
  const contact = "+33699000106";
  await fault(request, { match: contact, latencyMs: 300 });
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => request.get(`/api/messages?contact=${encodeURIComponent(contact)}&per_page=20`)),
  );
  expect(responses.map((r) => r.status())).toEqual(Array(20).fill(200));
  expect(await calls(request, contact)).toHaveLength(1);
});
