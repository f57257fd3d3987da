import { afterAll, describe, expect, it } from "vitest";
import { createThrottle } from "@/lib/auth/throttle";
import { redisReachable, startOwnRedis, testInstance, testPrefix, until, type OwnRedis } from "@/lib/testing/redis";
import { createRedisGatewayState } from "./gateway-state";
import { credentialScope } from "./keys";
import { createSharedRevocationStore } from "./revocation-store";

// Redis lost in the middle of the work and started again, on a redis-server of
// this test's own (port 6391, in this worktree's range), killed by its pid.
// Nothing a caller asks for fails meanwhile; each instance warns once when it
// falls back and once when Redis is back; then the state is shared again.

const PORT = Number(process.env.TEST_OWN_REDIS_PORT ?? 6391);
const available = await new Promise<boolean>((resolve) => {
  import("node:child_process")
    .then(({ execFile }) => execFile("redis-server", ["--version"], (error) => resolve(!error)))
    .catch(() => resolve(false));
});
if (!available) console.warn("[shared-state fault tests] skipped: no redis-server binary to start");
const portFree = available && !(await redisReachable(`redis://127.0.0.1:${PORT}`));
if (available && !portFree)
  console.warn(`[shared-state fault tests] skipped: something already answers on port ${PORT}`);

const options = {
  maxConcurrent: 2,
  cacheTtlMs: 60_000,
  cacheMaxEntries: 100,
  scope: credentialScope("login@acme.example", "sk_fault_key"),
  holdMs: 10_000,
  waitMs: 10_000,
};

describe.skipIf(!portFree)("Redis lost and back", () => {
  let redis: OwnRedis | undefined;
  const prefix = testPrefix();
  const instances: Array<ReturnType<typeof testInstance>> = [];
  afterAll(async () => {
    await Promise.all(instances.map((shared) => shared.close()));
    await redis?.stop();
  });

  it("keeps answering while Redis is away, warns once each way, and shares again when it is back", async () => {
    redis = await startOwnRedis(PORT);
    const a = testInstance(redis.url, prefix);
    const b = testInstance(redis.url, prefix);
    instances.push(a, b);
    await until(() => a.available() && b.available(), "both connections");
    expect([a.status(), b.status()]).toEqual(["redis", "redis"]);
    const gatewayA = createRedisGatewayState<{ n: number }>(a, options);
    const gatewayB = createRedisGatewayState<{ n: number }>(b, options);
    const throttleA = createThrottle({ storeClient: a.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    const throttleB = createThrottle({ storeClient: b.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    const revokedA = createSharedRevocationStore(a);
    const revokedB = createSharedRevocationStore(b);

    // A steady stream of work on both instances, across the loss and the return.
    let upstreamCalls = 0;
    let done = 0;
    const failures: unknown[] = [];
    let running = true;
    const worker = async (gateway: typeof gatewayA, name: string) => {
      for (let i = 0; running; i += 1) {
        try {
          await gateway.limit(() =>
            gateway.once(`https://octopush.test/list?worker=${name}&i=${i}`, async () => {
              upstreamCalls += 1;
              await new Promise((resolve) => setTimeout(resolve, 5));
              return { n: i };
            }),
          );
          await revokedA.isRevoked(`probe-${i}`);
          done += 1;
        } catch (error) {
          failures.push(error);
        }
      }
    };
    const workers = [worker(gatewayA, "a"), worker(gatewayB, "b")];
    await until(() => done >= 20, "some work with Redis up");

    await redis.stop();
    await until(() => a.status() === "degraded" && b.status() === "degraded", "both instances to notice");
    const before = done;
    await until(() => done >= before + 40, "work while Redis is away");
    // The throttle and revocations keep working in process meanwhile.
    for (let i = 0; i < 5; i += 1) expect((await throttleA.reserve("lee@acme.example", "10.0.0.9")).allowed).toBe(true);
    expect((await throttleA.reserve("lee@acme.example", "10.0.0.9")).allowed).toBe(false);
    await revokedA.revoke("signed-out-during-outage", Math.floor(Date.now() / 1000) + 3600);
    expect(await revokedA.isRevoked("signed-out-during-outage")).toBe(true);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/Redis at 127\.0\.0\.1:\d+ is unreachable: this instance falls back/);

    redis = await startOwnRedis(PORT);
    await until(() => a.status() === "redis" && b.status() === "redis", "both instances to reconnect");
    const again = done;
    await until(() => done >= again + 20, "work with Redis back");
    running = false;
    await Promise.all(workers);

    expect(failures).toEqual([]);
    expect(upstreamCalls).toBeGreaterThan(0);
    expect(a.warnings).toHaveLength(2);
    expect(b.warnings).toHaveLength(2);
    expect(a.warnings[1]).toMatch(/is back: state is shared across instances again/);

    // Shared again: an answer cached by A is B's, the throttle counts over both,
    // and the sign-out A made while Redis was away has reached B.
    let calls = 0;
    const fetchOnce = async () => ({ n: ++calls });
    await gatewayA.once("https://octopush.test/list?after=recovery", fetchOnce);
    expect(await gatewayB.once("https://octopush.test/list?after=recovery", fetchOnce)).toEqual({ n: 1 });
    for (let i = 0; i < 5; i += 1) await throttleA.reserve("max@acme.example", "10.0.0.10");
    expect((await throttleB.reserve("max@acme.example", "10.0.0.11")).allowed).toBe(false);
    await until(() => revokedB.isRevoked("signed-out-during-outage"), "the outage's sign-out to reach Redis", 5_000);
  });
});

describe.skipIf(!portFree)("Redis unreachable at start", () => {
  let redis: OwnRedis | undefined;
  const instances: Array<ReturnType<typeof testInstance>> = [];
  afterAll(async () => {
    await Promise.all(instances.map((shared) => shared.close()));
    await redis?.stop();
  });

  it("serves from the process at once, says degraded with one warning, and shares once Redis comes up", async () => {
    const url = `redis://127.0.0.1:${PORT}`;
    const a = testInstance(url, testPrefix());
    instances.push(a);
    await until(() => a.warnings.length > 0, "the fallback warning");
    expect(a.status()).toBe("degraded");
    const gateway = createRedisGatewayState<{ n: number }>(a, options);
    let calls = 0;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        gateway.limit(() => gateway.once("https://octopush.test/x", async () => ({ n: ++calls }))),
      ),
    );
    expect(answers).toEqual(answers.map(() => ({ n: 1 })));
    const throttle = createThrottle({ storeClient: a.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    expect((await throttle.reserve("ann@acme.example", "10.0.0.3")).allowed).toBe(true);
    // Reconnection attempts go on quietly: still the one warning.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(a.warnings).toHaveLength(1);

    redis = await startOwnRedis(PORT);
    await until(() => a.status() === "redis", "the connection", 15_000);
    expect(a.warnings).toHaveLength(2);
    expect(a.warnings[1]).toMatch(/is back/);
  });
});
