// The simulator's settings from the environment (see .env.example), for its
// entry points: `npm run simulator` (main.ts) and `npm run demo`. Pure: the
// clock is a parameter, so "now rounded down to the hour" is testable.

export interface SimulatorSettings {
  port: number;
  apiLogin: string;
  apiKey: string;
  /** SIM_REFERENCE_TIME, ms epoch: the seed's times are fixed intervals before it. */
  referenceTime: number;
  /** SIM_MESSAGES; undefined = the base seed (10,541 messages). */
  totalMessages: number | undefined;
  /** SIM_LIVE_INTERVAL_MS; 0 = no live feed. */
  liveIntervalMs: number;
}

export class SimulatorConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid simulator configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SimulatorConfigError";
  }
}

const HOUR = 3_600_000;
// 200,000 messages take about 120 MB; beyond a million the simulator stops being a laptop tool.
export const MAX_SIM_MESSAGES = 1_000_000;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

function blank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === "";
}

function wholeNumber(
  problems: string[],
  name: string,
  raw: string | undefined,
  fallback: number,
  ok: (n: number) => boolean,
  rule: string,
): number {
  if (blank(raw)) return fallback;
  const n = Number(raw.trim());
  if (Number.isInteger(n) && ok(n)) return n;
  problems.push(`${name} must be ${rule} (got "${raw}")`);
  return fallback;
}

/**
 * Throws SimulatorConfigError with one line per problem. `liveIntervalMs` is the
 * default of SIM_LIVE_INTERVAL_MS: 0 for `npm run simulator` (tests), 60000 for the demo.
 */
export function readSimulatorSettings(
  env: Record<string, string | undefined>,
  now: number,
  defaults: { liveIntervalMs: number } = { liveIntervalMs: 0 },
): SimulatorSettings {
  const problems: string[] = [];
  const port = wholeNumber(
    problems,
    "SIMULATOR_PORT",
    env.SIMULATOR_PORT,
    4010,
    (n) => n >= 0 && n <= 65535,
    "an integer between 0 and 65535",
  );
  let referenceTime = Math.floor(now / HOUR) * HOUR;
  const rawReference = env.SIM_REFERENCE_TIME;
  if (!blank(rawReference)) {
    const parsed = ISO.test(rawReference.trim()) ? Date.parse(rawReference.trim()) : Number.NaN;
    if (Number.isFinite(parsed)) referenceTime = parsed;
    else problems.push(`SIM_REFERENCE_TIME must be an ISO 8601 date-time such as 2025-06-02T09:30:00Z`);
  }
  const totalMessages = blank(env.SIM_MESSAGES)
    ? undefined
    : wholeNumber(
        problems,
        "SIM_MESSAGES",
        env.SIM_MESSAGES,
        0,
        (n) => n >= 1 && n <= MAX_SIM_MESSAGES,
        `a whole number of messages up to ${MAX_SIM_MESSAGES}`,
      );
  const liveIntervalMs = wholeNumber(
    problems,
    "SIM_LIVE_INTERVAL_MS",
    env.SIM_LIVE_INTERVAL_MS,
    defaults.liveIntervalMs,
    (n) => n === 0 || (n >= 1000 && n <= 86_400_000),
    "0 (off) or a number of milliseconds between 1000 and 86400000",
  );
  if (problems.length > 0) throw new SimulatorConfigError(problems);
  return {
    port,
    apiLogin: env.SIMULATOR_API_LOGIN ?? "demo@octopush-inbox.invalid",
    apiKey: env.SIMULATOR_API_KEY ?? "demo-simulator-key",
    referenceTime,
    totalMessages,
    liveIntervalMs,
  };
}
