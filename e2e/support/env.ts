// The e2e world: the simulator and the app, each on its own port on 127.0.0.1,
// the app in *live* mode pointed at the simulator with a recognisable fake key
// (so a leak of it anywhere can be searched for).
export const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
/** The simulator's seed counts back from this instant (its own default is the current hour). */
export const SIM_REFERENCE_TIME = "2025-06-02T09:30:00Z";

export const FAKE_API_LOGIN = "e2e-login-7c1d@acme.example";
export const FAKE_API_KEY = "sk_e2e_FAKEKEY_9b2f4e1c7a";

export const AGENT = { email: "alex.agent@acme.example", name: "Alex Agent", password: "correct-horse-battery" };
/** The former accounts file; kept for names only: accounts now live in each instance's store. */
export const USERS_FILE = ".e2e/users.json";
/** Signs the sessions of the shared app instances (an extra instance given it accepts their cookies). */
export const E2E_AUTH_SECRET = "e2e-secret-0123456789abcdef0123456789abcdef";
/** The main app's embedded store, made afresh each run by the CLI (playwright.config.ts). */
export const DATA_DIR = ".e2e/data";
/** The short-session instance's own store (an embedded store opens in one process only). */
export const SHORT_DATA_DIR = ".e2e/data-short";
export const STORAGE_STATE = ".e2e/agent-storage.json";

// The OpenID Connect provider started for the SSO tests (e2e/support/oidc-server.ts).
// Not 4190: fetch refuses that port ("bad port": ManageSieve, on the Fetch standard's block list).
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 4290);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
/**
 * The SSO tests reach the app as "localhost": Next's NextURL turns 127.0.0.1 into
 * localhost in route handlers, so Auth.js would otherwise start the round trip
 * with one redirect URI and finish it with another (a real host name is unaffected).
 */
export const SSO_APP_URL = `http://localhost:${APP_PORT}`;
export const OIDC_CLIENT_ID = "octopush-inbox-e2e";
export const OIDC_CLIENT_SECRET = "e2e-oidc-client-secret-not-secret";
export const OIDC_LABEL = "Continue with Acme SSO";
/** Who may enter: the password agent by address, SSO people by domain. */
export const ALLOWED_EMAILS = "alex.agent@acme.example,blake.agent@acme.example,@sso.acme.example";
export const SSO_AGENT_EMAIL = "sam.sso@sso.acme.example";
export const OUTSIDER_EMAIL = "olga.outsider@elsewhere.example";
/** A second agent, in the indexed world's store only: unread counts are per agent. */
export const SECOND_AGENT = {
  email: "blake.agent@acme.example",
  name: "Blake Agent",
  password: "second-agent-passphrase",
};
/** A password account that exists but is not on the allow-list. */
export const OUTSIDER_AGENT = { email: "pat.past@acme.example", name: "Pat Past", password: "former-employee-pass" };

// A second app instance with a 10-second session, for the expiry test.
export const SHORT_APP_PORT = Number(process.env.E2E_SHORT_APP_PORT ?? APP_PORT + 50);
export const SHORT_APP_URL = `http://127.0.0.1:${SHORT_APP_PORT}`;
export const SHORT_SESSION_SECONDS = 10;
/** The main app's stdout and stderr, scanned for secrets at the end of the run. */
export const SERVER_LOG = ".e2e/server.log";

// The indexed world (issue 11): an app with the message index on, syncing every second, in
// front of its own simulator, so that its background calls, its faults and the messages its
// specs add never touch the main specs' simulator (whose app runs with INBOX_INDEX=off).
export const INDEXED_SIM_PORT = SIM_PORT + 70;
export const INDEXED_SIM_URL = `http://127.0.0.1:${INDEXED_SIM_PORT}`;
export const INDEXED_APP_PORT = APP_PORT + 70;
export const INDEXED_APP_URL = `http://127.0.0.1:${INDEXED_APP_PORT}`;
export const INDEXED_DATA_DIR = ".e2e/data-indexed";
export const INDEXED_SERVER_LOG = ".e2e/server-indexed.log";
export const INDEXED_SYNC_INTERVAL_MS = 1000;

// Extra instances that specs start themselves, at fixed offsets from APP_PORT so that
// two specs running at once never ask for the same port: shared-state +20/+21,
// shared-state faults +22/+23, accounts-store +30..+32, saved language +33,
// export-audit +34, share-instances +35/+36, shutdown +37/+38, embedded accounts +39, short session +50,
// https AUTH_URL +60, the indexed world +70 (in playwright.config.ts), 10,000 indexed conversations +71, index list DOM +71,
// index sync +72..+74. Take a new offset from this list when adding one.

/** The monitors' bearer token for /api/health's operator details on the main instances. */
export const HEALTH_TOKEN = "e2e-health-token-0123456789abcdef0123456789";
