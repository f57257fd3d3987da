import { afterAll, describe, expect, it } from "vitest";
import { createThrottle } from "@/lib/auth/throttle";
import { deleteKeys, redisReachable, SHARED_REDIS_URL, testInstance, testPrefix, until } from "@/lib/testing/redis";
import { createSharedRevocationStore } from "./revocation-store";

// The sign-in throttle and the revocation store over two "instances" sharing the
// real Redis at 127.0.0.1:6379, under this run's own key prefix.

const reachable = await redisReachable();
if (!reachable) console.warn(`[shared-state tests] skipped: no Redis answers at ${SHARED_REDIS_URL}`);

const prefix = testPrefix();
const instances: Array<ReturnType<typeof testInstance>> = [];

async function twoInstances() {
  const pair = [testInstance(SHARED_REDIS_URL, prefix), testInstance(SHARED_REDIS_URL, prefix)] as const;
  instances.push(...pair);
  await until(() => pair.every((shared) => shared.available()), "both connections");
  return pair;
}

describe.skipIf(!reachable)("sign-in state shared through Redis", () => {
  afterAll(async () => {
    await Promise.all(instances.map((shared) => shared.close()));
    await deleteKeys(prefix);
  });

  it("5 wrong passwords on instance A, then the right one on B: B refuses it for 15 minutes", async () => {
    const [a, b] = await twoInstances();
    const onA = createThrottle({ storeClient: a.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    const onB = createThrottle({ storeClient: b.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    for (let i = 0; i < 5; i += 1) expect((await onA.reserve("alex@acme.example", "10.0.0.1")).allowed).toBe(true);
    const verdict = await onB.reserve("Alex@Acme.example", "10.0.0.2");
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.retryAfterMs).toBeGreaterThan(14 * 60_000);
  });

  it("counts one account over both instances with today's limits: the 6th attempt is refused wherever it lands", async () => {
    const [a, b] = await twoInstances();
    const throttles = [a, b].map((s) => createThrottle({ storeClient: s.redis, keyPrefix: "sign-in", baseDelayMs: 0 }));
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => throttles[i % 2]!.reserve("sam@acme.example", `10.0.1.${i}`)),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it("a right password on one instance clears the account's count for the other", async () => {
    const [a, b] = await twoInstances();
    const onA = createThrottle({ storeClient: a.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    const onB = createThrottle({ storeClient: b.redis, keyPrefix: "sign-in", baseDelayMs: 0 });
    for (let i = 0; i < 4; i += 1) await onA.reserve("kim@acme.example", "10.0.2.1");
    await onA.recordSuccess("kim@acme.example", "10.0.2.1");
    for (let i = 0; i < 5; i += 1) expect((await onB.reserve("kim@acme.example", "10.0.2.2")).allowed).toBe(true);
  });

  it("a session signed out on one instance is revoked on the other", async () => {
    const [a, b] = await twoInstances();
    const onA = createSharedRevocationStore(a);
    const onB = createSharedRevocationStore(b);
    const until = Math.floor(Date.now() / 1000) + 3600;
    expect(await onB.isRevoked("session-1")).toBe(false);
    await onA.revoke("session-1", until);
    expect(await onB.isRevoked("session-1")).toBe(true);
    expect(await onB.isRevoked("session-2")).toBe(false);
  });

  it("forgets a revocation once the session would have expired anyway", async () => {
    const [a, b] = await twoInstances();
    await createSharedRevocationStore(a).revoke("session-short", Math.floor(Date.now() / 1000) + 1);
    const onB = createSharedRevocationStore(b);
    expect(await onB.isRevoked("session-short")).toBe(true);
    await until(async () => !(await onB.isRevoked("session-short")), "the revocation to expire", 5_000);
  });
});
