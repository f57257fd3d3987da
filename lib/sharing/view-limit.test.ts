import { afterAll, describe, expect, it } from "vitest";
import { deleteKeys, redisReachable, SHARED_REDIS_URL, testInstance, testPrefix, until } from "@/lib/testing/redis";
import { createViewLimit } from "./view-limit";

describe("views of shared links, in process", () => {
  it("refuses an address after its allowance, whatever tokens it tries, and not other addresses", async () => {
    const limit = createViewLimit({ perToken: 100, perAddress: 5, windowSeconds: 60 });
    for (let i = 0; i < 5; i++) expect(await limit.take(`guess-${i}`, "10.0.0.1")).toEqual({ allowed: true });
    const refused = await limit.take("guess-5", "10.0.0.1");
    expect(refused).toMatchObject({ allowed: false });
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await limit.take("guess-6", "10.0.0.2")).toEqual({ allowed: true });
  });

  it("refuses a token read too often, from any address", async () => {
    const limit = createViewLimit({ perToken: 3, perAddress: 100, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) expect(await limit.take("popular", `10.0.1.${i}`)).toEqual({ allowed: true });
    expect(await limit.take("popular", "10.0.1.99")).toMatchObject({ allowed: false });
    expect(await limit.take("another", "10.0.1.99")).toEqual({ allowed: true });
  });
});

const reachable = await redisReachable();
if (!reachable) console.warn(`[share view limit] Redis tests skipped: no Redis answers at ${SHARED_REDIS_URL}`);
const prefix = testPrefix("inbox-share-test");

describe.skipIf(!reachable)("views of shared links, counted in Redis", () => {
  const instances: Array<ReturnType<typeof testInstance>> = [];
  afterAll(async () => {
    await Promise.all(instances.map((shared) => shared.close()));
    await deleteKeys(prefix);
  });

  it("counts one address over two instances: the guesses add up wherever they land", async () => {
    const pair = [testInstance(SHARED_REDIS_URL, prefix), testInstance(SHARED_REDIS_URL, prefix)];
    instances.push(...pair);
    await until(() => pair.every((shared) => shared.available()), "both connections");
    const limits = pair.map((s) =>
      createViewLimit({ perToken: 100, perAddress: 6, windowSeconds: 60, storeClient: s.redis }),
    );
    const verdicts = [];
    for (let i = 0; i < 10; i++) verdicts.push(await limits[i % 2]!.take(`guess-${i}`, "10.9.9.9"));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(6);
  });
});
