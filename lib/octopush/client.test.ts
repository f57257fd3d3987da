import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { startSimulator } from "@/simulator/server";
import { createOctopushClient, type OctopushConfig } from "./client";
import { OctopushError } from "./errors";

// The gateway against the real simulator over HTTP: the same code path as live.
const LOGIN = "gateway-test@acme.example";
const KEY = "sk_gateway_test_key_42";
let sim: Awaited<ReturnType<typeof startSimulator>>;
let config: OctopushConfig;

async function fault(spec: Record<string, unknown>) {
  const res = await fetch(`${sim.url}/__sim/faults`, {
    method: "POST",
    body: JSON.stringify(spec),
    headers: { "content-type": "application/json" },
  });
  expect(res.ok).toBe(true);
}
async function calls(
  match?: string,
): Promise<Array<{ at: number; query: Record<string, string>; login: string | null; keyOk: boolean }>> {
  const res = await fetch(`${sim.url}/__sim/calls${match ? `?match=${encodeURIComponent(match)}` : ""}`);
  return res.json();
}
const fastRetry = { baseDelayMs: 10, maxDelayMs: 50, budgetMs: 5000 };
const gaps = (list: Array<{ at: number }>) => list.slice(1).map((c, i) => c.at - list[i]!.at);

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
    await expect(client.listMessages({ phone_number: "+33633333333" })).rejects.toMatchObject({
      kind: "http",
      status: 500,
    });
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
    const client = createOctopushClient(
      { ...config, baseUrl: "http://127.0.0.1:9/v1/public" },
      { retry: { maxAttempts: 1 } },
    );
    await expect(client.listMessages({})).rejects.toMatchObject({ kind: "network" });
  });

  it("reports a body that is not JSON, and one of the wrong shape", async () => {
    await fault({ match: "+33666666666", malformed: true });
    await fault({ match: "+33677777777", wrongShape: true });
    const client = createOctopushClient(config, { retry: { maxAttempts: 1 } });
    await expect(client.listMessages({ phone_number: "+33666666666" })).rejects.toMatchObject({ kind: "invalid_json" });
    await expect(client.listMessages({ phone_number: "+33677777777" })).rejects.toMatchObject({
      kind: "invalid_shape",
    });
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

  it("spaces retries at least as far apart as Retry-After asks, and the back-off grows", async () => {
    // Retry-After: 0 leaves the spacing to the back-off: base 200 ms, full jitter
    // over a window that doubles (200, 400, 800).
    const retry = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5000, budgetMs: 10_000 };
    const client = createOctopushClient(config, { retry });
    await fault({ match: "+33620000001", status: 429, retryAfter: 1, times: 2 });
    await client.listMessages({ phone_number: "+33620000001" });
    const honoured = gaps(await calls("+33620000001"));
    expect(honoured).toHaveLength(2);
    for (const gap of honoured) expect(gap).toBeGreaterThanOrEqual(950);

    // Read on a fake clock with the jitter pinned at 3/4 of the window, so a busy
    // machine can neither stretch nor shrink the figures.
    vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
    vi.spyOn(Math, "random").mockReturnValue(0.75);
    try {
      const at: number[] = [];
      const unavailable: typeof fetch = async () => {
        at.push(Date.now());
        return new Response(null, { status: 503 });
      };
      const pending = createOctopushClient(config, { retry, fetch: unavailable })
        .listMessages({ phone_number: "+33620000011" })
        .catch((error: unknown) => error);
      await vi.runAllTimersAsync();
      expect(await pending).toMatchObject({ kind: "http", status: 503 });
      expect(gaps(at.map((t) => ({ at: t })))).toEqual([150, 300, 600]);
    } finally {
      vi.restoreAllMocks();
      vi.useRealTimers();
    }
  });

  it.each([400, 401, 403, 404, 409, 422])("does not retry a %i", async (status) => {
    const contact = `+336210004${String(status).padStart(2, "0").slice(-2)}`;
    await fault({ match: contact, status });
    const client = createOctopushClient(config, { retry: fastRetry });
    await expect(client.listMessages({ phone_number: contact })).rejects.toMatchObject({ kind: "http", status });
    expect(await calls(contact)).toHaveLength(1);
  });

  it("keeps to the total budget when Octopush hangs: timeout 300 ms, budget 1 s, over within 1.3 s", async () => {
    // On a fake clock: each try times out after 300 ms of it, whatever the machine's load.
    vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
    try {
      const tries: number[] = [];
      const hanging: typeof fetch = () => {
        tries.push(Date.now());
        return new Promise((_, reject) =>
          setTimeout(() => reject(new DOMException("The operation was aborted due to timeout", "TimeoutError")), 300),
        );
      };
      const client = createOctopushClient(
        { ...config, timeoutMs: 300 },
        { retry: { maxAttempts: 10, baseDelayMs: 100, budgetMs: 1000 }, fetch: hanging },
      );
      const started = Date.now();
      let ended = Number.NaN;
      const pending = client.listMessages({ phone_number: "+33622000001" }).catch((error: unknown) => {
        ended = Date.now();
        return error;
      });
      await vi.runAllTimersAsync();
      expect(await pending).toMatchObject({ kind: "timeout" });
      expect(ended - started).toBeLessThanOrEqual(1000 + 300);
      expect(tries.length).toBeGreaterThanOrEqual(2);
      expect(tries.at(-1)! - tries[0]!).toBeLessThanOrEqual(1000);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps at most maxConcurrent calls in flight", async () => {
    let active = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      active++;
      peak = Math.max(peak, active);
      try {
        return await fetch(input, init);
      } finally {
        active--;
      }
    };
    await fault({ match: "+3362300", latencyMs: 150 });
    const client = createOctopushClient(config, { maxConcurrent: 3, fetch: counting });
    const contacts = Array.from({ length: 9 }, (_, i) => `+3362300000${i}`);
    await Promise.all(contacts.map((c) => client.listMessages({ phone_number: c })));
    expect(peak).toBe(3);
    // What Octopush saw: three waves of three, one latency apart.
    const arrivals = (await calls("+3362300")).map((c) => c.at).sort((a, b) => a - b);
    expect(arrivals).toHaveLength(9);
    expect(arrivals[3]! - arrivals[0]!).toBeGreaterThanOrEqual(140);
    expect(arrivals[6]! - arrivals[3]!).toBeGreaterThanOrEqual(140);
  });

  it("answers from the cache within the TTL and asks Octopush again after it", async () => {
    // The cache reads Date.now: a fake one makes the TTL pass without waiting for it.
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    const client = createOctopushClient(config, { cacheTtlMs: 300 });
    const first = await client.listMessages({ phone_number: "+33624000001", per_page: 5 });
    const second = await client.listMessages({ phone_number: "+33624000001", per_page: 5 });
    expect(second).toBe(first);
    expect(await calls("+33624000001")).toHaveLength(1);
    // Another page is another URL: not the same answer.
    await client.listMessages({ phone_number: "+33624000001", per_page: 5, page: 2 });
    expect(await calls("+33624000001")).toHaveLength(2);
    vi.advanceTimersByTime(299);
    await client.listMessages({ phone_number: "+33624000001", per_page: 5 });
    expect(await calls("+33624000001")).toHaveLength(2);
    vi.advanceTimersByTime(1);
    await client.listMessages({ phone_number: "+33624000001", per_page: 5 });
    expect(await calls("+33624000001")).toHaveLength(3);
  });

  it("never caches an error, and 0 turns the cache off", async () => {
    await fault({ match: "+33624000002", status: 503, times: 1 });
    const client = createOctopushClient(config, { cacheTtlMs: 60_000, retry: { maxAttempts: 1 } });
    await expect(client.listMessages({ phone_number: "+33624000002" })).rejects.toMatchObject({ status: 503 });
    await expect(client.listMessages({ phone_number: "+33624000002" })).resolves.toBeTruthy();
    expect(await calls("+33624000002")).toHaveLength(2);

    const uncached = createOctopushClient(config, { cacheTtlMs: 0 });
    await uncached.listMessages({ phone_number: "+33624000003" });
    await uncached.listMessages({ phone_number: "+33624000003" });
    expect(await calls("+33624000003")).toHaveLength(2);
  });

  it("never shares its cache with a client holding other credentials", async () => {
    const good = createOctopushClient(config, { cacheTtlMs: 60_000 });
    const other = createOctopushClient(
      { ...config, apiKey: "another-account-key" },
      { cacheTtlMs: 60_000, retry: { maxAttempts: 1 } },
    );
    await expect(good.listMessages({ phone_number: "+33624000004" })).resolves.toMatchObject({
      rawCount: expect.any(Number),
    });
    // Same URL, other key: Octopush is asked, and refuses; the cached answer is not served.
    await expect(other.listMessages({ phone_number: "+33624000004" })).rejects.toMatchObject({ status: 401 });
    const seen = await calls("+33624000004");
    expect(seen.map((c) => c.keyOk)).toEqual([true, false]);
  });

  it("makes identical concurrent calls once", async () => {
    await fault({ match: "+33688888888", latencyMs: 200 });
    const client = createOctopushClient(config);
    await Promise.all(Array.from({ length: 20 }, () => client.listMessages({ phone_number: "+33688888888" })));
    expect(await calls("+33688888888")).toHaveLength(1);
  });
});
