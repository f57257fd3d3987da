import type { HeldLock } from "@/lib/db/open";
import { OctopushError } from "@/lib/octopush/errors";
import { failureKind } from "@/lib/octopush/failures";
import type { IndexSync } from "./sync";

// Runs the sync every interval in the one instance that holds the lock; the others
// try to take it each interval, so one takes over within an interval of the
// holder's death (PostgreSQL frees a dead connection's lock at once). On an
// Octopush failure the runner waits longer each time (Retry-After when given, at
// most five minutes) and never touches the threads agents are reading.

export const SYNC_LOCK_KEY = "8231964722";
const MAX_BACKOFF_MS = 5 * 60_000;
/** While older pages remain, the next pass follows soon. */
const BACKFILL_PAUSE_MS = 250;

export interface RunnerOptions {
  sync: IndexSync;
  tryLock(): Promise<HeldLock | null>;
  intervalMs: number;
  log?: (line: string) => void;
}

export interface IndexRunner {
  /** Whether this instance holds the lock now. */
  leading(): boolean;
  /** Resolves after the next pass (or attempt to lead) has finished. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export function nextDelay(intervalMs: number, failures: number, retryAfterMs?: number): number {
  if (failures === 0) return intervalMs;
  const backoff = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(failures, 16));
  return Math.max(backoff, retryAfterMs ?? 0);
}

function describe(error: unknown): string {
  if (error instanceof OctopushError)
    return `Octopush ${failureKind(error)}${error.status ? ` (${error.status})` : ""}`;
  // Database errors may quote row values: only their name and code reach the log.
  const code = (error as { code?: unknown })?.code;
  return `${error instanceof Error ? error.name : "error"}${typeof code === "string" ? ` ${code}` : ""}`;
}

export function startIndexRunner(options: RunnerOptions): IndexRunner {
  const log = options.log ?? (() => undefined);
  let lock: HeldLock | null = null;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let waiters: Array<() => void> = [];

  async function tick(): Promise<number> {
    if (lock && !(await lock.alive())) {
      log("[index] lost the sync lock; another instance may take over");
      await lock.release().catch(() => undefined);
      lock = null;
    }
    if (!lock) {
      lock = await options.tryLock();
      if (!lock) return options.intervalMs;
      log("[index] this instance syncs the message index");
    }
    try {
      const result = await options.sync.runOnce();
      if (failures > 0) log(`[index] sync recovered after ${failures} failed attempt(s)`);
      failures = 0;
      return result.backfilling ? BACKFILL_PAUSE_MS : options.intervalMs;
    } catch (error) {
      failures += 1;
      const kind = error instanceof OctopushError ? failureKind(error) : "store";
      await options.sync.recordFailure(kind).catch(() => undefined);
      const delay = nextDelay(
        options.intervalMs,
        failures,
        error instanceof OctopushError ? error.retryAfterMs : undefined,
      );
      log(`[index] sync failed: ${describe(error)}; next try in ${Math.round(delay / 1000)} s`);
      return delay;
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick()
        .catch((error: unknown) => {
          log(`[index] sync pass broke: ${describe(error)}`);
          return options.intervalMs;
        })
        .then((next) => {
          const done = waiters;
          waiters = [];
          done.forEach((resolve) => resolve());
          schedule(next);
        });
    }, delay);
    timer.unref?.();
  }

  schedule(0);

  return {
    leading: () => lock !== null,
    settled: () => new Promise<void>((resolve) => waiters.push(resolve)),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      const done = waiters;
      waiters = [];
      done.forEach((resolve) => resolve());
      await lock?.release().catch(() => undefined);
      lock = null;
    },
  };
}
