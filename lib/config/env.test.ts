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

  it("uses the embedded store in ./data unless DATABASE_URL names PostgreSQL", () => {
    expect(parseEnv({}).store).toEqual({ databaseUrl: null, dataDir: "./data" });
    expect(parseEnv({ DATABASE_URL: " ", INBOX_DATA_DIR: "/var/lib/inbox" }).store).toEqual({
      databaseUrl: null,
      dataDir: "/var/lib/inbox",
    });
    expect(parseEnv({ DATABASE_URL: "postgres://inbox@db:5432/inbox" }).store.databaseUrl).toBe(
      "postgres://inbox@db:5432/inbox",
    );
    expect(problems({ DATABASE_URL: "mysql://db/inbox" })).toEqual([
      "DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/inbox (unset: the embedded store)",
    ]);
  });

  it("treats empty strings as unset, as .env files write them", () => {
    expect(parseEnv({ OCTOPUSH_API_LOGIN: "", OCTOPUSH_API_KEY: " " }).mode).toBe("demo");
  });

  it("is live mode with both credentials and a secret, on Octopush by default", () => {
    const env = parseEnv({ OCTOPUSH_API_LOGIN: "ops@acme.example", OCTOPUSH_API_KEY: "k-123", AUTH_SECRET: SECRET });
    expect(env.mode).toBe("live");
    expect(env.octopush).toMatchObject({
      baseUrl: DEFAULT_OCTOPUSH_BASE_URL,
      apiLogin: "ops@acme.example",
      apiKey: "k-123",
    });
  });

  it("uses OCTOPUSH_BASE_URL without a trailing slash", () => {
    const env = parseEnv({
      OCTOPUSH_API_LOGIN: "a@b.co",
      OCTOPUSH_API_KEY: "k",
      AUTH_SECRET: SECRET,
      OCTOPUSH_BASE_URL: "http://127.0.0.1:9/v1/public/",
    });
    expect(env.octopush.baseUrl).toBe("http://127.0.0.1:9/v1/public");
  });

  it("refuses one credential without the other, naming the missing one", () => {
    expect(problems({ OCTOPUSH_API_LOGIN: "a@b.co", AUTH_SECRET: SECRET }).join("\n")).toMatch(
      /OCTOPUSH_API_KEY is missing/,
    );
    expect(problems({ OCTOPUSH_API_KEY: "k", AUTH_SECRET: SECRET }).join("\n")).toMatch(
      /OCTOPUSH_API_LOGIN is missing/,
    );
  });

  it("demands AUTH_SECRET in live mode, and a long one whenever it is set", () => {
    expect(problems({ OCTOPUSH_API_LOGIN: "a@b.co", OCTOPUSH_API_KEY: "k" }).join("\n")).toMatch(
      /AUTH_SECRET is required/,
    );
    expect(problems({ AUTH_SECRET: "short" }).join("\n")).toMatch(/at least 32/);
  });

  it("reports every problem at once, one line each", () => {
    const list = problems({
      OCTOPUSH_BASE_URL: "ftp://x",
      INBOX_DEFAULT_COUNTRY: "France",
      PORT: "http",
      OCTOPUSH_TIMEOUT_MS: "5",
    });
    expect(list).toHaveLength(4);
    expect(list.join("\n")).toMatch(/OCTOPUSH_BASE_URL/);
    expect(list.join("\n")).toMatch(/INBOX_DEFAULT_COUNTRY/);
    expect(list.join("\n")).toMatch(/PORT/);
    expect(list.join("\n")).toMatch(/OCTOPUSH_TIMEOUT_MS/);
  });

  it("has gateway defaults: 3 tries within 8 s, 8 calls at once, a 2 s cache", () => {
    expect(parseEnv({}).gateway).toEqual({ retryBudgetMs: 8000, maxAttempts: 3, maxConcurrent: 8, cacheTtlMs: 2000 });
  });

  it("reads the gateway settings, and 0 disables the cache", () => {
    const env = parseEnv({
      OCTOPUSH_RETRY_BUDGET_MS: "1500",
      OCTOPUSH_MAX_ATTEMPTS: "1",
      OCTOPUSH_MAX_CONCURRENT: "2",
      OCTOPUSH_CACHE_TTL_MS: "0",
      OCTOPUSH_TIMEOUT_MS: "300",
    });
    expect(env.gateway).toEqual({ retryBudgetMs: 1500, maxAttempts: 1, maxConcurrent: 2, cacheTtlMs: 0 });
    expect(env.octopush.timeoutMs).toBe(300);
  });

  it("reads Octopush's page order from OCTOPUSH_LIST_ORDER, newest first by default", () => {
    expect(parseEnv({}).octopush.listOrder).toBe("newest-first");
    expect(parseEnv({ OCTOPUSH_LIST_ORDER: "" }).octopush.listOrder).toBe("newest-first");
    expect(parseEnv({ OCTOPUSH_LIST_ORDER: "oldest-first" }).octopush.listOrder).toBe("oldest-first");
    const live = { OCTOPUSH_API_LOGIN: "a@b.co", OCTOPUSH_API_KEY: "k", AUTH_SECRET: SECRET };
    expect(parseEnv({ ...live, OCTOPUSH_LIST_ORDER: "oldest-first" }).octopush.listOrder).toBe("oldest-first");
    expect(problems({ OCTOPUSH_LIST_ORDER: "desc" })).toEqual([
      "OCTOPUSH_LIST_ORDER must be newest-first or oldest-first",
    ]);
  });

  it.each([
    ["OCTOPUSH_RETRY_BUDGET_MS", "soon", /OCTOPUSH_RETRY_BUDGET_MS must be a number of milliseconds/],
    ["OCTOPUSH_RETRY_BUDGET_MS", "-1", /OCTOPUSH_RETRY_BUDGET_MS must be at least 0/],
    ["OCTOPUSH_RETRY_BUDGET_MS", "1.5", /OCTOPUSH_RETRY_BUDGET_MS must be a whole number/],
    ["OCTOPUSH_MAX_ATTEMPTS", "0", /OCTOPUSH_MAX_ATTEMPTS must be at least 1/],
    ["OCTOPUSH_MAX_ATTEMPTS", "11", /OCTOPUSH_MAX_ATTEMPTS must be at most 10/],
    ["OCTOPUSH_MAX_CONCURRENT", "0", /OCTOPUSH_MAX_CONCURRENT must be at least 1/],
    ["OCTOPUSH_MAX_CONCURRENT", "many", /OCTOPUSH_MAX_CONCURRENT must be a whole number/],
    ["OCTOPUSH_CACHE_TTL_MS", "300001", /OCTOPUSH_CACHE_TTL_MS must be at most 300000/],
  ])("refuses %s=%s with a line naming it", (name, value, message) => {
    const list = problems({ [name]: value });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(message);
  });

  it("upper-cases the default country", () => {
    expect(parseEnv({ INBOX_DEFAULT_COUNTRY: "us" }).defaultCountry).toBe("US");
  });

  it("speaks English unless INBOX_DEFAULT_LOCALE names another supported language", () => {
    expect(parseEnv({}).defaultLocale).toBe("en");
    expect(parseEnv({ INBOX_DEFAULT_LOCALE: "" }).defaultLocale).toBe("en");
    expect(parseEnv({ INBOX_DEFAULT_LOCALE: " FR " }).defaultLocale).toBe("fr");
    expect(problems({ INBOX_DEFAULT_LOCALE: "de" })).toEqual(["INBOX_DEFAULT_LOCALE must be one of en, fr"]);
  });

  describe("single sign-on, allow-list and session lifetime", () => {
    const OIDC = {
      AUTH_OIDC_ISSUER: "https://sso.acme.example/realms/inbox",
      AUTH_OIDC_CLIENT_ID: "inbox",
      AUTH_OIDC_CLIENT_SECRET: "s3cret",
    };

    it("has no SSO, no list and a 12-hour session by default", () => {
      const env = parseEnv({});
      expect(env.oidc).toBeNull();
      expect(env.allowedEmails).toBeNull();
      expect(env.sessionMaxAgeSeconds).toBe(12 * 3600);
    });

    it("configures SSO when all three are set, with a default label", () => {
      const env = parseEnv({ ...OIDC, INBOX_ALLOWED_EMAILS: "@acme.example" });
      expect(env.oidc).toEqual({
        issuer: OIDC.AUTH_OIDC_ISSUER,
        clientId: "inbox",
        clientSecret: "s3cret",
        name: "Single sign-on",
      });
      expect(parseEnv({ ...OIDC, INBOX_ALLOWED_EMAILS: "@acme.example", AUTH_OIDC_NAME: "Acme Okta" }).oidc?.name).toBe(
        "Acme Okta",
      );
    });

    it("refuses half an SSO configuration, naming what is missing", () => {
      expect(problems({ AUTH_OIDC_ISSUER: OIDC.AUTH_OIDC_ISSUER, INBOX_ALLOWED_EMAILS: "@acme.example" })).toEqual([
        "Single sign-on is half configured: AUTH_OIDC_ISSUER set but AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET missing. Set all three or none.",
      ]);
      expect(problems({ ...OIDC, AUTH_OIDC_ISSUER: "not a url", INBOX_ALLOWED_EMAILS: "@acme.example" })[0]).toMatch(
        /AUTH_OIDC_ISSUER must be/,
      );
    });

    it("demands an allow-list with SSO, and reads a bad entry as a problem", () => {
      expect(problems(OIDC)).toEqual([expect.stringMatching(/^INBOX_ALLOWED_EMAILS is required with single sign-on/)]);
      expect(problems({ INBOX_ALLOWED_EMAILS: "alex@acme.example, acme" })).toEqual([
        'INBOX_ALLOWED_EMAILS: "acme" is neither an e-mail address nor an @domain entry',
      ]);
      expect(
        parseEnv({ INBOX_ALLOWED_EMAILS: "alex@acme.example" }).allowedEmails?.addresses.has("alex@acme.example"),
      ).toBe(true);
    });

    it("reads the session lifetime in hours, or seconds for tests", () => {
      expect(parseEnv({ INBOX_SESSION_HOURS: "8" }).sessionMaxAgeSeconds).toBe(8 * 3600);
      expect(parseEnv({ INBOX_SESSION_HOURS: "0.5" }).sessionMaxAgeSeconds).toBe(1800);
      expect(parseEnv({ INBOX_SESSION_HOURS: "8", INBOX_SESSION_SECONDS: "30" }).sessionMaxAgeSeconds).toBe(30);
      expect(problems({ INBOX_SESSION_HOURS: "0" })).toEqual(["INBOX_SESSION_HOURS must be more than 0"]);
      expect(problems({ INBOX_SESSION_HOURS: "forever" })).toEqual([
        "INBOX_SESSION_HOURS must be a number of hours, such as 12",
      ]);
      expect(problems({ INBOX_SESSION_SECONDS: "1" })).toEqual(["INBOX_SESSION_SECONDS must be at least 5"]);
    });
  });
});

describe("parseEnv: addresses, proxies and operator access", () => {
  it("marks cookies Secure exactly when AUTH_URL is https", () => {
    expect(parseEnv({ AUTH_URL: "https://inbox.acme.example" }).secureCookies).toBe(true);
    expect(parseEnv({ AUTH_URL: "HTTPS://inbox.acme.example" }).secureCookies).toBe(true);
    expect(parseEnv({ AUTH_URL: "http://inbox.acme.example" }).secureCookies).toBe(false);
    expect(parseEnv({}).secureCookies).toBe(false);
    expect(problems({ AUTH_URL: "ftp://inbox.acme.example" })).toEqual([
      "AUTH_URL must be the app's public http(s) address, such as https://inbox.acme.example",
    ]);
  });

  it("trusts no proxy by default, and reads INBOX_TRUSTED_PROXIES as a small whole number", () => {
    expect(parseEnv({}).trustedProxies).toBe(0);
    expect(parseEnv({ INBOX_TRUSTED_PROXIES: "2" }).trustedProxies).toBe(2);
    expect(problems({ INBOX_TRUSTED_PROXIES: "yes" })).toEqual([
      "INBOX_TRUSTED_PROXIES must be a whole number of proxies, such as 1",
    ]);
    expect(problems({ INBOX_TRUSTED_PROXIES: "-1" })).toEqual(["INBOX_TRUSTED_PROXIES must be 0 (no proxy) or more"]);
  });

  it("wants a long INBOX_HEALTH_TOKEN when one is set", () => {
    expect(parseEnv({}).healthToken).toBeUndefined();
    expect(problems({ INBOX_HEALTH_TOKEN: "short" })).toEqual([
      "INBOX_HEALTH_TOKEN must be at least 32 characters (try: openssl rand -base64 32)",
    ]);
  });
});
