import { z } from "zod";
import { parseAllowList, type AllowList } from "@/lib/auth/allow-list";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { ListOrder } from "@/lib/inbox/order";
import { auditEnv, auditEnvShape, type AuditEnv } from "./env-audit";
import { deployEnv, deployEnvShape, type DeployEnv } from "./env-deploy";
import { gatewayEnvShape } from "./env-gateway";
import { emptyAsUndefined, optionalString } from "./env-helpers";
import { parseSharedEnv, type SharedStateConfig } from "./env-shared";
import { shareEnvShape, toShareConfig, type ShareConfig } from "./env-share";
import { indexEnvShape, toIndexConfig, type IndexConfig } from "./env-index";
import { storeEnvSchema, toStoreConfig, type StoreConfig } from "./env-store";

// The one place the process environment is read and validated (see .env.example).
// Server-only by use: it holds the Octopush credentials. Each concern keeps its
// variables in its own module (env-gateway, env-store, env-shared, env-deploy).

export { GATEWAY_DEFAULTS } from "./env-gateway";

export const DEFAULT_OCTOPUSH_BASE_URL = "https://api.octopush.com/v1/public";
/** Where `npm run demo` starts the bundled simulator. */
export const DEMO_SIMULATOR_BASE_URL = "http://127.0.0.1:4010/v1/public";
/** The simulator's own demo credentials: not secret, they only open fake data. */
export const DEMO_API_LOGIN = "demo@octopush-inbox.invalid";
export const DEMO_API_KEY = "demo-simulator-key";
/** The SSO button's label when AUTH_OIDC_NAME is unset: the login page shows it translated. */
export const DEFAULT_OIDC_NAME = "Single sign-on";

const rawEnvSchema = storeEnvSchema.extend({
  ...deployEnvShape,
  ...gatewayEnvShape,
  ...auditEnvShape,
  ...shareEnvShape,
  ...indexEnvShape,
  OCTOPUSH_API_LOGIN: optionalString,
  OCTOPUSH_API_KEY: optionalString,
  OCTOPUSH_BASE_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, error: "OCTOPUSH_BASE_URL must be an http(s) URL" }).optional(),
  ),
  AUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  AUTH_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: "AUTH_URL must be the app's public http(s) address, such as https://inbox.acme.example",
      })
      .optional(),
  ),
  INBOX_TRUSTED_PROXIES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "INBOX_TRUSTED_PROXIES must be a whole number of proxies, such as 1" })
      .int("INBOX_TRUSTED_PROXIES must be a whole number of proxies, such as 1")
      .min(0, "INBOX_TRUSTED_PROXIES must be 0 (no proxy) or more")
      .max(10, "INBOX_TRUSTED_PROXIES must be at most 10")
      .default(0),
  ),
  INBOX_HEALTH_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "INBOX_HEALTH_TOKEN must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  INBOX_BENCH_FLOOR_FILE: optionalString,
  INBOX_USERS_FILE: z.preprocess(emptyAsUndefined, z.string().default("./users.json")),
  INBOX_DEFAULT_COUNTRY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, "INBOX_DEFAULT_COUNTRY must be a two-letter ISO country code, such as FR")
      .transform((s) => s.toUpperCase())
      .default("FR"),
  ),
  INBOX_DEFAULT_LOCALE: z.preprocess(
    (v) => (typeof emptyAsUndefined(v) === "string" ? (v as string).trim().toLowerCase() : undefined),
    z.enum(LOCALES, { error: `INBOX_DEFAULT_LOCALE must be one of ${LOCALES.join(", ")}` }).default("en"),
  ),
  AUTH_OIDC_ISSUER: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: "AUTH_OIDC_ISSUER must be the issuer's http(s) URL, such as https://accounts.google.com",
      })
      .optional(),
  ),
  AUTH_OIDC_CLIENT_ID: optionalString,
  AUTH_OIDC_CLIENT_SECRET: optionalString,
  AUTH_OIDC_NAME: z.preprocess(
    emptyAsUndefined,
    z.string().trim().max(60, "AUTH_OIDC_NAME must be at most 60 characters").default(DEFAULT_OIDC_NAME),
  ),
  INBOX_ALLOWED_EMAILS: optionalString,
  INBOX_SESSION_HOURS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "INBOX_SESSION_HOURS must be a number of hours, such as 12" })
      .positive("INBOX_SESSION_HOURS must be more than 0")
      .max(720, "INBOX_SESSION_HOURS must be at most 720 (30 days)")
      .default(12),
  ),
  INBOX_SESSION_SECONDS: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "INBOX_SESSION_SECONDS must be a whole number of seconds" })
      .int("INBOX_SESSION_SECONDS must be a whole number of seconds")
      .min(5, "INBOX_SESSION_SECONDS must be at least 5")
      .optional(),
  ),
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "PORT must be a number" })
      .int()
      .min(1, "PORT must be between 1 and 65535")
      .max(65535, "PORT must be between 1 and 65535")
      .default(3000),
  ),
});

export type Mode = "live" | "demo";

/** A generic OpenID Connect provider (Google Workspace, Entra, Okta, Keycloak…). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

export interface Env extends DeployEnv, AuditEnv {
  mode: Mode;
  octopush: {
    baseUrl: string;
    apiLogin: string;
    apiKey: string;
    timeoutMs: number;
    /** The order Octopush's pages run in (undocumented upstream: lib/inbox/order.ts). */
    listOrder: ListOrder;
  };
  /** How the gateway treats Octopush: retries, concurrency cap, short cache. */
  gateway: { retryBudgetMs: number; maxAttempts: number; maxConcurrent: number; cacheTtlMs: number };
  authSecret: string | undefined;
  /** AUTH_URL: the address people use. Auth.js reads it itself; here for the cookie and start-up checks. */
  authUrl: URL | null;
  /** Session cookies are `Secure` (and `__Secure-` named) exactly when AUTH_URL is https. */
  secureCookies: boolean;
  /** Proxy hops in front of the app whose X-Forwarded-For entries are believed (lib/auth/client-address.ts). */
  trustedProxies: number;
  /** Bearer token that shows /api/health's operator details without a session. */
  healthToken: string | undefined;
  /** Bench only (app/bench-floor/route.ts): the body the floor serves; null, and the route a 404, otherwise. */
  benchFloorFile: string | null;
  usersFile: string;
  defaultCountry: string;
  /** The language when neither the agent nor the browser names a supported one. */
  defaultLocale: Locale;
  port: number;
  oidc: OidcConfig | null;
  /** Parsed INBOX_ALLOWED_EMAILS; null when unset (see lib/auth/allow-list.ts for what that means). */
  allowedEmails: AllowList | null;
  sessionMaxAgeSeconds: number;
  /** REDIS_URL and its key prefix (lib/config/env-shared.ts). */
  sharedState: SharedStateConfig;
  /** The durable store (lib/config/env-store.ts). */
  store: StoreConfig;
  /** Shared links (lib/config/env-share.ts). */
  share: ShareConfig;
  /** The message index and its sync (lib/config/env-index.ts). */
  index: IndexConfig;
}

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError with one line per problem. Pure: easy to test. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = rawEnvSchema.safeParse(source);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  const raw = parsed.success ? parsed.data : undefined;
  const shared = parseSharedEnv(source);
  if (!shared.ok) problems.push(...shared.problems);

  const login = raw?.OCTOPUSH_API_LOGIN ?? emptyAsUndefined(source.OCTOPUSH_API_LOGIN);
  const key = raw?.OCTOPUSH_API_KEY ?? emptyAsUndefined(source.OCTOPUSH_API_KEY);
  if (login && !key)
    problems.push("OCTOPUSH_API_LOGIN is set but OCTOPUSH_API_KEY is missing: set both (live) or neither (demo)");
  if (key && !login)
    problems.push("OCTOPUSH_API_KEY is set but OCTOPUSH_API_LOGIN is missing: set both (live) or neither (demo)");
  const mode: Mode = login && key ? "live" : "demo";
  if (mode === "live" && !emptyAsUndefined(source.AUTH_SECRET)) {
    problems.push("AUTH_SECRET is required in live mode (try: openssl rand -base64 32)");
  }

  const oidcVars = ["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET"] as const;
  const oidcSet = oidcVars.filter((name) => emptyAsUndefined(source[name]) !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < oidcVars.length) {
    const missing = oidcVars.filter((name) => !oidcSet.includes(name));
    problems.push(
      `Single sign-on is half configured: ${oidcSet.join(", ")} set but ${missing.join(", ")} missing. Set all three or none.`,
    );
  }
  const allowList = parseAllowList(raw?.INBOX_ALLOWED_EMAILS ?? "");
  if (raw?.INBOX_ALLOWED_EMAILS) problems.push(...allowList.problems.map((p) => `INBOX_ALLOWED_EMAILS: ${p}`));
  if (oidcSet.length === oidcVars.length && !raw?.INBOX_ALLOWED_EMAILS) {
    problems.push(
      "INBOX_ALLOWED_EMAILS is required with single sign-on: list the addresses or @domains that may enter (the identity provider may know more people than this inbox should).",
    );
  }
  if (problems.length > 0 || !raw || !shared.ok) throw new EnvError(problems);
  const authUrl = raw.AUTH_URL ? new URL(raw.AUTH_URL) : null;

  return {
    ...deployEnv(raw),
    ...auditEnv(raw),
    mode,
    octopush:
      mode === "live"
        ? {
            baseUrl: stripSlash(raw.OCTOPUSH_BASE_URL ?? DEFAULT_OCTOPUSH_BASE_URL),
            apiLogin: raw.OCTOPUSH_API_LOGIN as string,
            apiKey: raw.OCTOPUSH_API_KEY as string,
            timeoutMs: raw.OCTOPUSH_TIMEOUT_MS,
            listOrder: raw.OCTOPUSH_LIST_ORDER,
          }
        : {
            baseUrl: stripSlash(raw.OCTOPUSH_BASE_URL ?? DEMO_SIMULATOR_BASE_URL),
            apiLogin: DEMO_API_LOGIN,
            apiKey: DEMO_API_KEY,
            timeoutMs: raw.OCTOPUSH_TIMEOUT_MS,
            listOrder: raw.OCTOPUSH_LIST_ORDER,
          },
    gateway: {
      retryBudgetMs: raw.OCTOPUSH_RETRY_BUDGET_MS,
      maxAttempts: raw.OCTOPUSH_MAX_ATTEMPTS,
      maxConcurrent: raw.OCTOPUSH_MAX_CONCURRENT,
      cacheTtlMs: raw.OCTOPUSH_CACHE_TTL_MS,
    },
    authSecret: raw.AUTH_SECRET,
    authUrl,
    secureCookies: authUrl?.protocol === "https:",
    trustedProxies: raw.INBOX_TRUSTED_PROXIES,
    healthToken: raw.INBOX_HEALTH_TOKEN,
    benchFloorFile: raw.INBOX_BENCH_FLOOR_FILE ?? null,
    usersFile: raw.INBOX_USERS_FILE,
    defaultCountry: raw.INBOX_DEFAULT_COUNTRY,
    defaultLocale: raw.INBOX_DEFAULT_LOCALE,
    port: raw.PORT,
    oidc:
      raw.AUTH_OIDC_ISSUER && raw.AUTH_OIDC_CLIENT_ID && raw.AUTH_OIDC_CLIENT_SECRET
        ? {
            // Kept as written: the discovery document must echo it exactly (Auth0 ends it with "/").
            issuer: raw.AUTH_OIDC_ISSUER,
            clientId: raw.AUTH_OIDC_CLIENT_ID,
            clientSecret: raw.AUTH_OIDC_CLIENT_SECRET,
            name: raw.AUTH_OIDC_NAME,
          }
        : null,
    allowedEmails: raw.INBOX_ALLOWED_EMAILS ? allowList : null,
    sessionMaxAgeSeconds: raw.INBOX_SESSION_SECONDS ?? Math.round(raw.INBOX_SESSION_HOURS * 3600),
    sharedState: shared.value,
    store: toStoreConfig(raw),
    share: toShareConfig(raw),
    index: toIndexConfig(raw),
  };
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

let cached: Env | undefined;
/** The validated environment of this process, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
