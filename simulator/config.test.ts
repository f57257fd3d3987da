import { describe, expect, it } from "vitest";
import { SimulatorConfigError, readSimulatorSettings } from "./config";

const NOW = Date.parse("2026-11-29T14:47:12.345Z");

function problems(env: Record<string, string>): string[] {
  try {
    readSimulatorSettings(env, NOW);
    return [];
  } catch (error) {
    if (error instanceof SimulatorConfigError) return error.problems;
    throw error;
  }
}

describe("simulator settings", () => {
  it("defaults: port 4010, the base seed counted back from the current hour, no live feed", () => {
    expect(readSimulatorSettings({}, NOW)).toEqual({
      port: 4010,
      apiLogin: "demo@octopush-inbox.invalid",
      apiKey: "demo-simulator-key",
      referenceTime: Date.parse("2026-11-29T14:00:00Z"),
      totalMessages: undefined,
      liveIntervalMs: 0,
    });
    expect(readSimulatorSettings({}, NOW, { liveIntervalMs: 60_000 }).liveIntervalMs).toBe(60_000);
  });

  it("reads every variable, blank meaning unset", () => {
    const settings = readSimulatorSettings(
      {
        SIMULATOR_PORT: "0",
        SIMULATOR_API_LOGIN: "a@b.example",
        SIMULATOR_API_KEY: "k",
        SIM_REFERENCE_TIME: "2025-06-02T09:30:00Z",
        SIM_MESSAGES: "200000",
        SIM_LIVE_INTERVAL_MS: "0",
      },
      NOW,
      { liveIntervalMs: 60_000 },
    );
    expect(settings).toMatchObject({ port: 0, totalMessages: 200_000, liveIntervalMs: 0 });
    expect(new Date(settings.referenceTime).toISOString()).toBe("2025-06-02T09:30:00.000Z");
    expect(readSimulatorSettings({ SIM_MESSAGES: " ", SIM_REFERENCE_TIME: "" }, NOW)).toMatchObject({
      totalMessages: undefined,
      referenceTime: Date.parse("2026-11-29T14:00:00Z"),
    });
    expect(readSimulatorSettings({ SIM_REFERENCE_TIME: "2025-06-02" }, NOW).referenceTime).toBe(
      Date.parse("2025-06-02T00:00:00Z"),
    );
    expect(readSimulatorSettings({ SIM_REFERENCE_TIME: "2025-06-02T11:30:00+02:00" }, NOW).referenceTime).toBe(
      Date.parse("2025-06-02T09:30:00Z"),
    );
  });

  it("names each bad value, all at once", () => {
    expect(
      problems({
        SIMULATOR_PORT: "70000",
        SIM_REFERENCE_TIME: "yesterday",
        SIM_MESSAGES: "2e5x",
        SIM_LIVE_INTERVAL_MS: "10",
      }),
    ).toEqual([
      'SIMULATOR_PORT must be an integer between 0 and 65535 (got "70000")',
      "SIM_REFERENCE_TIME must be an ISO 8601 date-time such as 2025-06-02T09:30:00Z",
      'SIM_MESSAGES must be a whole number of messages up to 1000000 (got "2e5x")',
      'SIM_LIVE_INTERVAL_MS must be 0 (off) or a number of milliseconds between 1000 and 86400000 (got "10")',
    ]);
    expect(problems({ SIM_REFERENCE_TIME: "06/02/2025" })).toHaveLength(1);
    expect(problems({ SIM_MESSAGES: "1.5" })).toHaveLength(1);
    expect(problems({ SIM_MESSAGES: "5000000" })).toHaveLength(1);
  });
});
