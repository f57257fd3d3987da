import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { AGENT, APP_URL, FAKE_API_KEY, FAKE_API_LOGIN, SERVER_LOG } from "./support/env";

// The Octopush key and login (recognisable fakes in e2e) never leave the server,
// and the browser talks to nothing but the app.
test.use({ storageState: { cookies: [], origins: [] } });

const SECRETS = [FAKE_API_KEY, FAKE_API_LOGIN];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("no file under .next/static holds the key or the login", () => {
  const files = filesUnder(join(process.cwd(), ".next", "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file).toString("latin1");
    for (const secret of SECRETS) expect(text.includes(secret), `${file} contains ${secret}`).toBe(false);
  }
});

test("a whole session leaks nothing to the browser and talks only to the app", async ({ page }) => {
  const requested: string[] = [];
  const leaks: string[] = [];
  const pending: Promise<void>[] = [];
  page.on("request", (req) => requested.push(req.url()));
  page.on("response", (res) => {
    pending.push(
      (async () => {
        const headers = JSON.stringify(await res.allHeaders());
        let body = "";
        try {
          body = (await res.body()).toString("latin1");
        } catch {
          // redirects have no body
        }
        for (const secret of SECRETS)
          if (headers.includes(secret) || body.includes(secret)) leaks.push(`${res.url()} has ${secret}`);
      })(),
    );
  });

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(/\/inbox/);
  await page.goto("/conversations/+33612345678");
  await expect(page.getByRole("button", { name: "Sign out" }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => fetch("/api/messages?phone_number=%2B33612345678&per_page=50").then((r) => r.text()));
  for (const html of [await page.content()]) for (const secret of SECRETS) expect(html).not.toContain(secret);
  // An upstream failure's message must not carry them either.
  await page.evaluate(() => fetch("/api/messages?phone_number=hello").then((r) => r.text()));
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await Promise.all(pending);

  expect(leaks).toEqual([]);
  expect(requested.length).toBeGreaterThan(5);
  const foreign = requested.filter((url) => !url.startsWith("data:") && new URL(url).origin !== APP_URL);
  expect(foreign).toEqual([]);
});

test("the server log holds audit lines but never the key, the login or a password", async ({ page }) => {
  // Never skipped: without the log nothing is checked. A server reused from elsewhere
  // (reuseExistingServer) has no log here, or a stale one that this test's sign-ins never
  // reach: only what is written from now on counts as this test's audit lines.
  expect(
    existsSync(SERVER_LOG),
    `${SERVER_LOG} is missing: let playwright.config.ts start the app (stop any server already on its port)`,
  ).toBe(true);
  const offset = statSync(SERVER_LOG).size;
  // From the first whole line at or after the offset (a test beside this one may be mid-line).
  const written = () => {
    const text = readFileSync(SERVER_LOG)
      .subarray(Math.max(0, offset - 1))
      .toString("utf8");
    return offset === 0 ? text : text.slice(text.indexOf("\n") + 1);
  };
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(AGENT.email, "a-wrong-password-to-log");
  await login.expectError("Wrong email or password.");
  await login.signIn(AGENT.email, AGENT.password);
  await expect(page).toHaveURL(/\/inbox/);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await expect
    .poll(written, { message: "this test's sign-out reaches the log of the server it talks to" })
    .toContain('"event":"auth.sign_out"');

  // The whole log, this run's and any before: a secret is never written.
  const log = readFileSync(SERVER_LOG, "utf8");
  for (const secret of [...SECRETS, AGENT.password, "a-wrong-password-to-log"]) expect(log).not.toContain(secret);
  const lines = written()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        event: "auth.sign_in",
        outcome: "refused",
        reason: "wrong_password",
        method: "password",
        email: AGENT.email,
      }),
      expect.objectContaining({ event: "auth.sign_in", outcome: "success", method: "password", email: AGENT.email }),
      expect.objectContaining({ event: "auth.sign_out", outcome: "success", email: AGENT.email }),
    ]),
  );
  for (const line of lines.filter((l) => String(l.event).startsWith("auth."))) {
    expect(Object.keys(line).sort()).toEqual(expect.arrayContaining(["at", "email", "event", "ip", "outcome"]));
    expect(Number.isNaN(Date.parse(String(line.at)))).toBe(false);
  }
});
