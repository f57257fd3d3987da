import { describe, expect, it } from "vitest";
import { startLiveFeed } from "./live";
import type { Schedule } from "./live";
import { buildSeed } from "./seed";
import { startSimulator } from "./server";
import { createStore } from "./store";
import type { AddedMessage } from "./store";
import { TEST_KEY, TEST_LOGIN, list, startTestSimulator } from "./test-support";

/** A schedule the test drives: nothing runs until `fire` is called. */
function manualSchedule() {
  const pending: Array<{ task: () => void; delayMs: number; cancelled: boolean }> = [];
  const schedule: Schedule = (task, delayMs) => {
    const entry = { task, delayMs, cancelled: false };
    pending.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  return {
    schedule,
    pending,
    fire(): void {
      const entry = pending.shift();
      if (!entry) throw new Error("nothing scheduled");
      if (!entry.cancelled) entry.task();
    },
  };
}

const seed = buildSeed();

describe("the live feed", () => {
  it("adds an inbound message at each tick, first in the list, from known and sometimes new customers", () => {
    let clock = Date.parse("2026-03-01T08:00:00Z");
    const store = createStore(seed, () => clock);
    const timer = manualSchedule();
    const added: AddedMessage[] = [];
    const feed = startLiveFeed(store, {
      intervalMs: 60_000,
      schedule: timer.schedule,
      onMessage: (m) => added.push(m),
    });
    expect(added).toHaveLength(0);
    for (let tick = 0; tick < 40; tick += 1) {
      const waited = timer.pending[0]!.delayMs;
      // About a minute, never a fixed beat: between half and one and a half of the interval.
      expect(waited).toBeGreaterThanOrEqual(30_000);
      expect(waited).toBeLessThanOrEqual(90_000);
      clock += waited;
      timer.fire();
      expect(store.list({ page: 1, perPage: 1 })[0]).toEqual(added.at(-1)!.message);
    }
    expect(added).toHaveLength(40);
    expect(new Set(added.map((m) => m.message.message_id)).size).toBe(40);
    for (const m of added) {
      expect(m.message.direction).toBe("inbound");
      expect(m.message.delivery_status).toBeNull();
      expect(m.message.text.length).toBeGreaterThan(0);
    }
    expect(added.some((m) => m.newContact)).toBe(true);
    expect(added.some((m) => !m.newContact)).toBe(true);
    // The 10,000-message history the e2e tests count is left alone.
    expect(added.every((m) => m.contactIndex !== 0)).toBe(true);
    feed.stop();
  });

  it("stops: no message after stop, even from a tick already due", () => {
    const store = createStore(seed);
    const timer = manualSchedule();
    const added: AddedMessage[] = [];
    const feed = startLiveFeed(store, { intervalMs: 5000, schedule: timer.schedule, onMessage: (m) => added.push(m) });
    timer.fire();
    expect(added).toHaveLength(1);
    feed.stop();
    expect(timer.pending.every((p) => p.cancelled)).toBe(true);
    timer.pending[0]!.task();
    expect(added).toHaveLength(1);
    expect(store.summary().totalMessages).toBe(seed.messages.length + 1);
  });

  it("is the same sequence of messages each run", () => {
    const run = () => {
      const store = createStore(seed, () => Date.parse("2026-03-01T08:00:00Z"));
      const timer = manualSchedule();
      const texts: string[] = [];
      startLiveFeed(store, {
        intervalMs: 1000,
        schedule: timer.schedule,
        onMessage: (m) => texts.push(m.message.text),
      });
      for (let i = 0; i < 10; i += 1) timer.fire();
      return texts;
    };
    expect(run()).toEqual(run());
  });
});

describe("the simulator with SIM_LIVE_INTERVAL_MS", () => {
  it("serves the live messages over the API and stops the feed when it closes", async () => {
    const timer = manualSchedule();
    const sim = await startSimulator({
      port: 0,
      apiLogin: TEST_LOGIN,
      apiKey: TEST_KEY,
      live: { intervalMs: 60_000, schedule: timer.schedule },
    });
    try {
      const before = await list(sim, "per_page=1");
      timer.fire();
      const after = await list(sim, "per_page=2");
      expect(after[1]).toEqual(before[0]);
      expect(after[0]!.direction).toBe("inbound");
    } finally {
      await sim.close();
    }
    expect(timer.pending.every((p) => p.cancelled)).toBe(true);
  });

  it("has no feed unless asked", async () => {
    const sim = await startTestSimulator();
    try {
      expect(sim.store.summary().totalMessages).toBe(seed.messages.length);
    } finally {
      await sim.close();
    }
  });
});
