import { describe, expect, it } from "vitest";
import { behindMinutes, indexReadiness, type IndexHealth } from "./health";

const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, s));

describe("behindMinutes", () => {
  it("is 0 while the last success is within two intervals and the grace, then whole minutes (at least 1)", () => {
    expect(behindMinutes(at(0), at(0), 10_000, at(50))).toBe(0);
    expect(behindMinutes(at(0), at(0), 10_000, at(51))).toBe(1);
    expect(behindMinutes(at(0), at(0), 10_000, new Date(at(0).getTime() + 7 * 60_000))).toBe(7);
    expect(behindMinutes(at(0), at(0), 1_000, at(6))).toBe(1);
  });
  it("counts from when this process started waiting when no sync has ever finished", () => {
    expect(behindMinutes(null, at(0), 10_000, at(40))).toBe(0);
    expect(behindMinutes(null, at(0), 10_000, new Date(at(0).getTime() + 3 * 60_000))).toBe(3);
  });
});

describe("indexReadiness", () => {
  const health: IndexHealth = {
    version: 3,
    lastSuccessAt: "2026-11-30T09:00:00.000Z",
    behindMinutes: 0,
    backfilling: false,
    lastError: null,
    orderWarning: null,
  };
  it("says off, unknown, building, behind or ok", () => {
    expect(indexReadiness(false, null).status).toBe("off");
    expect(indexReadiness(true, null).status).toBe("unknown");
    expect(indexReadiness(true, { ...health, backfilling: true }).status).toBe("building");
    expect(indexReadiness(true, { ...health, backfilling: true, behindMinutes: 2 })).toMatchObject({
      status: "behind",
      behindMinutes: 2,
    });
    expect(indexReadiness(true, health).status).toBe("ok");
  });
});
