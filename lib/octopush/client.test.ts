import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator } from "@/simulator/server";
import { buildListUrl, createOctopushClient, parseRetryAfter, type OctopushConfig } from "./client";
import { OctopushError, redactUrl } from "./errors";

// The gateway against the real simulator over HTTP: the same code path as live.
const LOGIN = "gateway-test@acme.example";
const KEY = "sk_gateway_test_key_42";
let sim: Awaited<ReturnType<typeof startSimulator>>;
let config: OctopushConfig;

async function fault(spec: Record<string, unknown>) {
  const res = await fetch(`${sim.url}/__sim/faults`, { method: "POST", body: JSON.stringify(spec), headers: { "content-type": "application/json" } });
  expect(res.ok).toBe(true);
}
async function calls(match?: string): Promise<Array<{ at: number; query: Record<string, string>; login: string | null; keyOk: boolean }>> {
  const res = await fetch(`${sim.url}/__sim/calls${match ? `?match=${encodeURIComponent(match)}` : ""}`);
  return res.json();
}
const fastRetry = { baseDelayMs: 10, maxDelayMs: 50, budgetMs: 5000 };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiLogin: LOGIN, apiKey: KEY });
  config = { baseUrl: sim.baseUrl, apiLogin: LOGIN, apiKey: KEY, timeoutMs: 2000 };
});
afterAll(async () => sim.close());
beforeEach(async () => {
  await fetch(`${sim.url}/__sim/faults`, { method: "DELETE" });
  await fetch(`${sim.url}/__sim/calls`, { method: "DELETE" });
});

describe("Octopush gateway", () => {
  it("sends the api-login and api-key headers and every documented parameter", async () => {
    const client = createOctopushClient(config);
    const result = await client.listMessages({
      page: 2,
      per_page: 7,
      contact: "+33612345678",
      phone_number: "+33612345678",
    });
    expect(result.messages).toHaveLength(7);
    const [call] = await calls();
    expect(call).toMatchObject({
      login: LOGIN,
      keyOk: true,
      query: { page: "2", per_page: "7", contact: "+33612345678", phone_number: "+33612345678" },
    });
  });

  it("puts email, facebook_id and conversation_id in the query string", () => {
    const url = new URL(buildListUrl("http://h/v1/public/", { email: "a@b.co", facebook_id: "fid_1", conversation_id: "cid_x", page: 1 }));
    expect(url.pathname).toBe("/v1/public/conversations/messages/list");
    expect(Object.fromEntries(url.searchParams)).toEqual({ email: "a@b.co", facebook_id: "fid_1", conversation_id: "cid_x", page: "1" });
  });

  it("reads the newest page of the big contact, newest first", async () => {
    const client = createOctopushClient(config);
    const { messages, rawCount } = await client.listMessages({ phone_number: "+33612345678", per_page: 3 });
    expect(rawCount).toBe(3);
    expect(messages[0]?.text).toMatch(/^#10000\b/);
    expect(messages[0]?.contact_name).toBe("Grand Compte");
  });

  it("raises an http error with Octopush's code and message on bad credentials, without retrying", async () => {
    const client = createOctopushClient({ ...config, apiKey: "wrong" }, { retry: fastRetry });
    const error = await client.listMessages({ page: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OctopushError);
    expect(error).toMatchObject({ kind: "http", status: 401, code: 101, isAuthFailure: true });
    expect((error as OctopushError).upstreamMessage).toMatch(/login/i);
    expect(String((error as Error).message)).not.toContain("wrong");
    expect(await calls()).toHaveLength(1);
  });

  it("retries a 503 and succeeds, honouring Retry-After on a 429", async () => {
    await fault({ match: "+33611111111", status: 503, times: 1 });
    await fault({ match: "+33622222222", status: 429, retryAfter: 1, times: 1 });
    const client = createOctopushClient(config, { retry: fastRetry });
    await expect(client.listMessages({ phone_number: "+33611111111" })).resolves.toBeTruthy();
    expect(await calls("+33611111111")).toHaveLength(2);

    await client.listMessages({ phone_number: "+33622222222" });
    const spaced = await calls("+33622222222");
    expect(spaced).toHaveLength(2);
    expect(spaced[1]!.at - spaced[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("gives up after the attempts allowed, with the last status", async () => {
    await fault({ match: "+33633333333", status: 500 });
    const client = createOctopushClient(config, { retry: fastRetry });
    await expect(client.listMessages({ phone_number: "+33633333333" })).rejects.toMatchObject({ kind: "http", status: 500 });
    // 500 is not in the retry list (429, 502, 503, 504): one call only.
    expect(await calls("+33633333333")).toHaveLength(1);
    await fault({ match: "+33644444444", status: 502 });
    await expect(client.listMessages({ phone_number: "+33644444444" })).rejects.toMatchObject({ status: 502 });
    expect(await calls("+33644444444")).toHaveLength(3);
  });

  it("times out on a hang", async () => {
    await fault({ match: "+33655555555", hang: true });
    const client = createOctopushClient({ ...config, timeoutMs: 300 }, { retry: { maxAttempts: 1 } });
    await expect(client.listMessages({ phone_number: "+33655555555" })).rejects.toMatchObject({ kind: "timeout" });
  });

  it("reports a network failure when nothing listens", async () => {
    const client = createOctopushClient({ ...config, baseUrl: "http://127.0.0.1:9/v1/public" }, { retry: { maxAttempts: 1 } });
    await expect(client.listMessages({})).rejects.toMatchObject({ kind: "network" });
  });

  it("reports a body that is not JSON, and one of the wrong shape", async () => {
    await fault({ match: "+33666666666", malformed: true });
    await fault({ match: "+33677777777", wrongShape: true });
    const client = createOctopushClient(config, { retry: { maxAttempts: 1 } });
    await expect(client.listMessages({ phone_number: "+33666666666" })).rejects.toMatchObject({ kind: "invalid_json" });
    await expect(client.listMessages({ phone_number: "+33677777777" })).rejects.toMatchObject({ kind: "invalid_shape" });
  });

  it("keeps unknown fields and tolerates nulls everywhere but message_id", async () => {
    await fault({ match: "per_page=4", unknownFields: true });
    const client = createOctopushClient(config);
    const withExtras = await client.listMessages({ phone_number: "+33612345678", per_page: 4 });
    expect(withExtras.messages.length).toBeGreaterThan(0);
    const extraKeys = Object.keys(withExtras.messages[0]!).filter((k) => !k.startsWith("message_id"));
    expect(extraKeys.length).toBeGreaterThan(10);

    await fault({ match: "+33612345678", nulls: true, times: 1 });
    const nulls = await client.listMessages({ phone_number: "+33612345678", per_page: 10 });
    expect(nulls.rawCount).toBe(10);
    expect(nulls.messages).toHaveLength(10);
    expect(nulls.messages.every((m) => m.text === null || m.text === undefined)).toBe(true);
  });

  it("makes identical concurrent calls once", async () => {
    await fault({ match: "+33688888888", latencyMs: 200 });
    const client = createOctopushClient(config);
    await Promise.all(Array.from({ length: 20 }, () => client.listMessages({ phone_number: "+33688888888" })));
    expect(await calls("+33688888888")).toHaveLength(1);
  });
});

describe("redaction and Retry-After", () => {
  it("masks filter values but keeps paging", () => {
    expect(redactUrl("https://api.example/v1/public/conversations/messages/list?page=2&phone_number=%2B33612345678&email=a%40b.co")).toBe(
      "https://api.example/v1/public/conversations/messages/list?page=2&phone_number=***&email=***",
    );
  });

  it("reads seconds and dates, and caps hostile values", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 2000).toUTCString())).toBeGreaterThan(500);
    expect(parseRetryAfter("99999")).toBe(60_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
