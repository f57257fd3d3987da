import { describe, expect, it } from "vitest";
import { DEFAULT_OCTOPUSH_BASE_URL, DEMO_SIMULATOR_BASE_URL, EnvError, parseEnv } from "./env";

const SECRET = "s".repeat(40);

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("is demo mode on the simulator when no credentials are set", () => {
    const env = parseEnv({});
    expect(env.mode).toBe("demo");
    expect(env.octopush.baseUrl).toBe(DEMO_SIMULATOR_BASE_URL);
    expect(env.defaultCountry).toBe("FR");
    expect(env.usersFile).toBe("./users.json");
    expect(env.port).toBe(3000);
  });

  it("treats empty strings as unset, as .env files write them", () => {
    expect(parseEnv({ OCTOPUSH_API_LOGIN: "", OCTOPUSH_API_KEY: " " }).mode).toBe("demo");
  });

  it("is live mode with both credentials and a secret, on Octopush by default", () => {
    const env = parseEnv({ OCTOPUSH_API_LOGIN: "ops@acme.example", OCTOPUSH_API_KEY: "k-123", AUTH_SECRET: SECRET });
    expect(env.mode).toBe("live");
    expect(env.octopush).toMatchObject({ baseUrl: DEFAULT_OCTOPUSH_BASE_URL, apiLogin: "ops@acme.example", apiKey: "k-123" });
  });

  it("uses OCTOPUSH_BASE_URL without a trailing slash", () => {
    const env = parseEnv({ OCTOPUSH_API_LOGIN: "a@b.co", OCTOPUSH_API_KEY: "k", AUTH_SECRET: SECRET, OCTOPUSH_BASE_URL: "http://127.0.0.1:9/v1/public/" });
    expect(env.octopush.baseUrl).toBe("http://127.0.0.1:9/v1/public");
  });

  it("refuses one credential without the other, naming the missing one", () => {
    expect(problems({ OCTOPUSH_API_LOGIN: "a@b.co", AUTH_SECRET: SECRET }).join("\n")).toMatch(/OCTOPUSH_API_KEY is missing/);
    expect(problems({ OCTOPUSH_API_KEY: "k", AUTH_SECRET: SECRET }).join("\n")).toMatch(/OCTOPUSH_API_LOGIN is missing/);
  });

  it("demands AUTH_SECRET in live mode, and a long one whenever it is set", () => {
    expect(problems({ OCTOPUSH_API_LOGIN: "a@b.co", OCTOPUSH_API_KEY: "k" }).join("\n")).toMatch(/AUTH_SECRET is required/);
    expect(problems({ AUTH_SECRET: "short" }).join("\n")).toMatch(/at least 32/);
  });

  it("reports every problem at once, one line each", () => {
    const list = problems({ OCTOPUSH_BASE_URL: "ftp://x", INBOX_DEFAULT_COUNTRY: "France", PORT: "http", OCTOPUSH_TIMEOUT_MS: "5" });
    expect(list).toHaveLength(4);
    expect(list.join("\n")).toMatch(/OCTOPUSH_BASE_URL/);
    expect(list.join("\n")).toMatch(/INBOX_DEFAULT_COUNTRY/);
    expect(list.join("\n")).toMatch(/PORT/);
    expect(list.join("\n")).toMatch(/OCTOPUSH_TIMEOUT_MS/);
  });

  it("upper-cases the default country", () => {
    expect(parseEnv({ INBOX_DEFAULT_COUNTRY: "us" }).defaultCountry).toBe("US");
  });
});
