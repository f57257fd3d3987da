import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
// Relative, not "@/": e2e specs import this file too.
import { createSharedState, type SharedState } from "../shared-state/connection";
import { TEST_REDIS_URL } from "./services";

// Tests against a real Redis: the shared one at 127.0.0.1:6379 (its keys under a
// prefix of their own, deleted afterwards; never FLUSHDB), or a redis-server of
// the test's own that it may kill.

export const SHARED_REDIS_URL = TEST_REDIS_URL;

/** Whether the shared Redis answers; the suites skip, saying why, when it does not. */
export async function redisReachable(url = SHARED_REDIS_URL): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** `inbox-test:<random>:`, one per test run, so runs never see each other's keys. */
export function testPrefix(base = "inbox-test"): string {
  return `${base}:${randomBytes(6).toString("hex")}:`;
}

/** Deletes this run's keys only. */
export async function deleteKeys(prefix: string, url = SHARED_REDIS_URL): Promise<void> {
  const raw = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
  raw.on("error", () => {});
  try {
    let cursor = "0";
    do {
      const [next, keys] = await raw.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) await raw.del(...keys);
    } while (cursor !== "0");
  } catch {
    // A server that is gone has no keys left to delete.
  } finally {
    raw.disconnect();
  }
}

/** One "instance": its own connection, with warnings collected instead of printed. */
export function testInstance(url: string, prefix: string): SharedState & { warnings: string[] } {
  const warnings: string[] = [];
  const shared = createSharedState({ url, prefix, log: { warn: (line: string) => warnings.push(line) } });
  return Object.assign(shared, { warnings });
}

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface OwnRedis {
  url: string;
  stop(): Promise<void>;
}

/** A redis-server child on `port`, nothing kept on disk; stop() kills that child by its pid. */
export async function startOwnRedis(port: number): Promise<OwnRedis> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  };
  try {
    await until(() => redisReachable(url), `redis-server on port ${port}`, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
