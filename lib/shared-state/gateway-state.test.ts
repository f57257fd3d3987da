import { afterAll, describe, expect, it } from "vitest";
import { deleteKeys, redisReachable, SHARED_REDIS_URL, testInstance, testPrefix, until } from "@/lib/testing/redis";
import { createRedisGatewayState, type GatewayState } from "./gateway-state";
import { credentialScope } from "./keys";

// Two "instances" (two connections, two gateway states) against the real Redis
// at 127.0.0.1:6379, under a key prefix of this run's own.

const reachable = await redisReachable();
if (!reachable) console.warn(`[shared-state tests] skipped: no Redis answers at ${SHARED_REDIS_URL}`);

const prefix = testPrefix();
const instances: Array<ReturnType<typeof testInstance>> = [];

function instance() {
  const shared = testInstance(SHARED_REDIS_URL, prefix);
  instances.push(shared);
  return shared;
}

const options = {
  maxConcurrent: 2,
  cacheTtlMs: 60_000,
  cacheMaxEntries: 100,
  scope: credentialScope("login@acme.example", "sk_test_key"),
  holdMs: 10_000,
  waitMs: 10_000,
};

/** A fake Octopush: counts calls and the most in flight at once. */
function upstream(latencyMs: number) {
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    call: async (answer: string) => {
      calls += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      inFlight -= 1;
      return { answer };
    },
    get calls() {
      return calls;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

async function twoInstances(extra: Partial<typeof options> = {}) {
  const a = instance();
  const b = instance();
  await until(() => a.available() && b.available(), "both connections");
  return [a, b].map((shared) => createRedisGatewayState<{ answer: string }>(shared, { ...options, ...extra })) as [
    GatewayState<{ answer: string }>,
    GatewayState<{ answer: string }>,
  ];
}

describe.skipIf(!reachable)("shared gateway state (Redis)", () => {
  afterAll(async () => {
    await Promise.all(instances.map((shared) => shared.close()));
    await deleteKeys(prefix);
  });

  it("an answer fetched by one instance is served from the cache by the other", async () => {
    const [a, b] = await twoInstances();
    const octopush = upstream(5);
    const key = "https://octopush.test/list?contact=%2B33600000001";
    expect(await a.once(key, () => octopush.call("first"))).toEqual({ answer: "first" });
    expect(await b.once(key, () => octopush.call("second"))).toEqual({ answer: "first" });
    expect(octopush.calls).toBe(1);
  });

  it("keeps answers per request: another URL is another call", async () => {
    const [a, b] = await twoInstances();
    const octopush = upstream(5);
    await a.once("https://octopush.test/list?page=1", () => octopush.call("page 1"));
    expect(await b.once("https://octopush.test/list?page=2", () => octopush.call("page 2"))).toEqual({
      answer: "page 2",
    });
    expect(octopush.calls).toBe(2);
  });

  it("keeps answers per Octopush account: another credential never sees them", async () => {
    const [a] = await twoInstances();
    const other = createRedisGatewayState<{ answer: string }>(instances[instances.length - 1]!, {
      ...options,
      scope: credentialScope("login@acme.example", "sk_another_key"),
    });
    const octopush = upstream(5);
    const key = "https://octopush.test/list?contact=%2B33600000002";
    await a.once(key, () => octopush.call("account one"));
    expect(await other.once(key, () => octopush.call("account two"))).toEqual({ answer: "account two" });
    expect(octopush.calls).toBe(2);
  });

  it("100 identical requests at the same moment over two instances make 1 upstream call", async () => {
    const [a, b] = await twoInstances({ cacheTtlMs: 0 }); // no cache: de-duplication alone
    const octopush = upstream(300);
    const key = "https://octopush.test/list?contact=%2B33600000003";
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? a : b).once(key, () => octopush.call(`call ${i}`))),
    );
    expect(octopush.calls).toBe(1);
    expect(new Set(answers.map((x) => x.answer)).size).toBe(1);
  });

  it("when the leading call fails, the waiting instance makes its own call instead of failing", async () => {
    const [a, b] = await twoInstances({ cacheTtlMs: 0 });
    const key = "https://octopush.test/list?contact=%2B33600000004";
    let calls = 0;
    const failing = a.once(key, async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      throw new Error("Octopush said 503");
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // a holds the lock now
    const following = b.once(key, async () => {
      calls += 1;
      return { answer: "own call" };
    });
    await expect(failing).rejects.toThrow("503");
    expect(await following).toEqual({ answer: "own call" });
    expect(calls).toBe(2);
  });

  it("a waiting instance whose own call fails gets that error, and makes the call once", async () => {
    const [a, b] = await twoInstances({ cacheTtlMs: 0 });
    const key = "https://octopush.test/list?contact=%2B33600000005";
    let calls = 0;
    const failing = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      throw new Error(`Octopush said 503 (call ${calls})`);
    };
    const leading = a.once(key, failing);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const following = b.once(key, failing);
    await expect(leading).rejects.toThrow("call 1");
    await expect(following).rejects.toThrow("call 2");
    expect(calls).toBe(2);
  });

  it("never more than the cap (2) in flight over two instances: 20 requests, slow upstream", async () => {
    const [a, b] = await twoInstances();
    const octopush = upstream(100);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).limit(() => octopush.call(`request ${i}`))),
    );
    expect(octopush.calls).toBe(20);
    expect(octopush.maxInFlight).toBe(2);
  });
});
