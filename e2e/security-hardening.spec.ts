import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { startAppInstance } from "./support/app-instance";
import { AGENT, APP_PORT, APP_URL, SERVER_LOG, SHORT_APP_URL } from "./support/env";
import { csrfFor, loopbackAddress, rawRequest, signInWithAuthJs } from "./support/raw-http";

// The attacks of issue 15, replayed against the production build: sign-in
// throttling under concurrency and forged addresses, cookie replay after
// sign-out, Secure cookies behind TLS, the host kept after sign-in.
// (Malformed paths, hand-made action bodies and /api/health: security-hardening-requests.spec.ts.)
test.use({ storageState: { cookies: [], origins: [] } });

const MESSAGES = "/api/messages?phone_number=%2B33612345678&per_page=1";
const madeUpEmail = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@acme.example`;

type AuditLine = { event?: string; outcome?: string; reason?: string; email?: string; ip?: string };
function auditLinesFor(email: string): AuditLine[] {
  return readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes(email))
    .map((line) => JSON.parse(line) as AuditLine);
}

test("60 wrong passwords at once for one account: at most 5 are checked", async () => {
  test.skip(!existsSync(SERVER_LOG), "the app server was not started by this run");
  const email = madeUpEmail("burst");
  const csrf = await csrfFor(APP_URL);
  // Each from its own address and with its own forged X-Forwarded-For, as the probe did.
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      signInWithAuthJs(
        APP_URL,
        { email, password: `wrong-${i}` },
        { csrf, localAddress: loopbackAddress(), headers: { "x-forwarded-for": `203.0.113.${i + 1}` } },
      ),
    ),
  );
  expect(answers.every((a) => a.response.status === 302)).toBe(true);
  await expect.poll(() => auditLinesFor(email).length).toBe(60);
  const lines = auditLinesFor(email);
  const checked = lines.filter((l) => l.reason === "wrong_password");
  expect(checked.length).toBeGreaterThan(0);
  expect(checked.length).toBeLessThanOrEqual(5);
  expect(lines.filter((l) => l.reason === "throttled")).toHaveLength(60 - checked.length);
});

test("rotating X-Forwarded-For with no trusted proxy: the 21st made-up e-mail from one address is refused", async () => {
  test.slow(); // 20 wrong passwords, each answered a little later than the one before
  const from = loopbackAddress();
  const csrf = await csrfFor(APP_URL, from);
  const emails = Array.from({ length: 21 }, (_, i) => madeUpEmail(`spray${i + 1}`));
  for (const [i, email] of emails.entries()) {
    const { response } = await signInWithAuthJs(
      APP_URL,
      { email, password: "Winter2026!" },
      { csrf, localAddress: from, headers: { "x-forwarded-for": `198.51.100.${i + 1}` } },
    );
    const code = new URL(String(response.headers.location)).searchParams.get("code");
    expect(code, `attempt ${i + 1}`).toBe(i < 20 ? "credentials" : "throttled");
  }
  if (existsSync(SERVER_LOG)) {
    // The audit log names the address the requests came from, not the forged one.
    await expect.poll(() => emails.flatMap(auditLinesFor).length).toBe(21);
    expect(new Set(emails.flatMap(auditLinesFor).map((l) => l.ip))).toEqual(new Set([from]));
  }
});

/** A request carrying exactly this cookie, and no cookie jar that could renew it. */
async function statusWith(cookie: string, url: string): Promise<{ status: number; location?: string }> {
  const res = await rawRequest(url, { headers: { cookie } });
  return { status: res.status, location: res.headers.location };
}

test("a session cookie copied before sign-out is refused after it", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(/\/inbox/);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  if (!session) throw new Error("no session cookie after sign-in");
  const copied = `${session.name}=${session.value}`;
  expect(await statusWith(copied, `${APP_URL}${MESSAGES}`)).toMatchObject({ status: 200 });

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);

  expect(await statusWith(copied, `${APP_URL}${MESSAGES}`)).toMatchObject({ status: 401 });
  expect(await statusWith(copied, `${APP_URL}/inbox`)).toMatchObject({
    status: 307,
    location: expect.stringMatching(/\/login\?callbackUrl=/),
  });
});

test("a session cookie copied before sign-out is refused by another instance too", async ({ page }) => {
  // Needs the revocation store shared by all instances (Redis); the in-memory one is per process.
  test.skip(!process.env.REDIS_URL, "revocations are per process without REDIS_URL");
  await page.goto(`${SHORT_APP_URL}/login`);
  await new LoginPage(page).signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(`${SHORT_APP_URL}/inbox`);
  const session = (await page.context().cookies(SHORT_APP_URL)).find((c) => c.name.endsWith("authjs.session-token"));
  if (!session) throw new Error("no session cookie after sign-in");
  const copied = `${session.name}=${session.value}`;
  // Same build, same secret: the main instance accepts the cookie the short one issued.
  expect(await statusWith(copied, `${APP_URL}${MESSAGES}`)).toMatchObject({ status: 200 });
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await statusWith(copied, `${APP_URL}${MESSAGES}`)).toMatchObject({ status: 401 });
});

test("after a password sign-in through Auth.js's endpoint, the redirect keeps the host the person used", async () => {
  const { response } = await signInWithAuthJs(APP_URL, AGENT, { localAddress: loopbackAddress() });
  expect(response.status).toBe(302);
  expect(String(response.headers.location)).toBe(`${APP_URL}/inbox`);
});

test.describe("with an https AUTH_URL", () => {
  // A TLS proxy would sit in front; the test talks to the app behind it directly.
  const port = APP_PORT + 60;
  const publicUrl = `https://127.0.0.1:${port}`;

  test("the session cookie is Secure and __Secure- named, and it is the one the app reads", async () => {
    test.slow(); // starts its own instance of the app
    const app = await startAppInstance(port, { AUTH_URL: publicUrl });
    try {
      expect(app.output()).not.toMatch(/warning: AUTH_URL/);
      const { response, setCookies } = await signInWithAuthJs(app.url, AGENT, { localAddress: loopbackAddress() });
      expect(response.status).toBe(302);
      const session = setCookies.find((line) => line.includes("authjs.session-token="));
      expect(session).toMatch(/^__Secure-authjs\.session-token=/);
      expect(session).toMatch(/;\s*Secure(;|$)/i);
      expect(session).toMatch(/;\s*HttpOnly(;|$)/i);
      expect(setCookies.every((line) => /;\s*Secure(;|$)/i.test(line))).toBe(true);
      const cookie = session?.split(";")[0] ?? "";
      expect((await rawRequest(`${app.url}${MESSAGES}`, { headers: { cookie } })).status).toBe(200);
      // The plain name is not accepted in its place.
      const plain = cookie.replace(/^__Secure-/, "");
      expect((await rawRequest(`${app.url}${MESSAGES}`, { headers: { cookie: plain } })).status).toBe(401);
    } finally {
      await app.stop();
    }
  });
});
