import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { createTestDatabase, postgresReachable, type TestDatabase } from "../lib/testing/test-database";
import { LoginPage } from "./pages/login-page";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { AGENT, APP_PORT, FAKE_API_KEY, FAKE_API_LOGIN, SIM_URL } from "./support/env";
import { csvFirstColumn } from "../lib/testing/csv";

// Export, print view and audit trail, on an instance of its own backed by a
// PostgreSQL database made for this file, so the test reads the audit rows the
// server wrote. The conversation is the simulator's 400-message "Archives Bellamy".

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

const PORT = APP_PORT + 34; // e2e/support/env.ts lists the offsets in use
const BELLAMY = "+33612340400";
const ADMIN = { email: "ada.audit@acme.example", name: "Ada Audit", password: "admin-password-audit-42" };

let database: TestDatabase | undefined;
let app: AppInstance | undefined;
let url = "";

function users(args: string[], databaseUrl: string, input = "") {
  const r = spawnSync("npx", ["tsx", "scripts/users.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Row {
  actor_email: string | null;
  actor_role: string;
  action: string;
  target: string | null;
  client_address: string | null;
  details: Record<string, unknown>;
}

async function auditRows(where = "true", params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    const result = await client.query<Row>(
      `select actor_email, actor_role, action, target, client_address, details from audit_events where ${where} order by at`,
      params,
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

/** Polls until a row matches: the server writes it as the action ends, the test reads it right after. */
async function expectRow(match: (row: Row) => boolean, what: string): Promise<Row> {
  let found: Row | undefined;
  await expect
    .poll(async () => (found = (await auditRows()).find(match)) !== undefined, { message: what, timeout: 15_000 })
    .toBe(true);
  return found!;
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${url}/login`);
  await new LoginPage(page).signIn(who.email, who.password);
  await expect(page).toHaveURL(`${url}/inbox`);
}

/** The simulator's own ids for the contact, read page by page straight from it. */
async function simulatorIds(contact: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page < 1000; page++) {
    const res = await fetch(
      `${SIM_URL}/v1/public/conversations/messages/list?contact=${encodeURIComponent(contact)}&page=${page}&per_page=100`,
      { headers: { "api-login": FAKE_API_LOGIN, "api-key": FAKE_API_KEY } },
    );
    const list = (await res.json()) as { message_id: string | number }[];
    ids.push(...list.map((m) => String(m.message_id)));
    if (list.length < 100) break;
  }
  return ids;
}

test.beforeAll(async () => {
  test.skip(!(await postgresReachable()), "PostgreSQL at 127.0.0.1:5432 is unreachable");
  test.setTimeout(180_000);
  database = await createTestDatabase("inbox_audit_");
  const added = users(["add", AGENT.email, "--name", AGENT.name, "--password-stdin"], database.url, AGENT.password);
  expect(added.code, added.err).toBe(0);
  const admin = users(
    ["add", ADMIN.email, "--name", ADMIN.name, "--password-stdin", "--admin"],
    database.url,
    ADMIN.password,
  );
  expect(admin.code, admin.err).toBe(0);
  app = await startAppInstance(PORT, { DATABASE_URL: database.url, AUTH_TRUST_HOST: "true" });
  url = app.url;
});

test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

test("the CLI's additions, a sign-in and a refused sign-in are in the trail, without the password", async ({
  page,
}) => {
  const cli = await auditRows("action = 'agent.added'");
  expect(cli.map((r) => [r.actor_role, r.target])).toEqual([
    ["cli", AGENT.email],
    ["cli", ADMIN.email],
  ]);

  await page.goto(`${url}/login`);
  await new LoginPage(page).signIn(AGENT.email, "not-the-password-9f3k");
  await new LoginPage(page).expectError(/./);
  const refused = await expectRow((r) => r.action === "auth.sign_in_refused", "a refused sign-in row");
  expect(refused).toMatchObject({
    actor_email: AGENT.email,
    actor_role: "anonymous",
    details: { reason: "wrong_password" },
  });

  await signIn(page, AGENT);
  const signedIn = await expectRow((r) => r.action === "auth.sign_in", "a sign-in row");
  expect(signedIn).toMatchObject({ actor_email: AGENT.email, actor_role: "agent", details: { method: "password" } });
  expect(signedIn.client_address).toBeTruthy();

  const everything = JSON.stringify(await auditRows());
  expect(everything).not.toContain(AGENT.password);
  expect(everything).not.toContain("not-the-password-9f3k");
  expect(everything).not.toContain(ADMIN.password);
});

test("Octopush failing midway ends the export with a marker, not a silently short file", async ({ page }) => {
  await signIn(page, AGENT);
  // First to export this conversation: the gateway's 2 s cache holds no page of it yet.
  // Page 3 of this export only (the thread asks 50 per page, the export 100): one plain 500, not retried.
  const fault = await page.request.post(`${SIM_URL}/__sim/faults`, {
    data: { match: `page=3&per_page=100&contact=${BELLAMY}`, times: 1, status: 500 },
  });
  expect(fault.status()).toBe(201);
  const res = await page.request.get(`${url}/api/conversations/${encodeURIComponent(BELLAMY)}/export?format=csv`);
  expect(res.status()).toBe(200);
  const csv = await res.text();
  const ids = csvFirstColumn(csv).slice(1);
  expect(ids.at(-1)).toMatch(/^# EXPORT INCOMPLETE: .+ \(upstream_error; 200 messages written\)$/);
  expect(new Set(ids.slice(0, -1)).size).toBe(200);
  const row = await expectRow(
    (r) => r.action === "conversation.exported" && r.details.complete === false,
    "a partial export row",
  );
  expect(row.details).toMatchObject({ format: "csv", count: 200, failure: "upstream_error" });
});

test("an agent exports the conversation as CSV and JSON: every message exactly once, and a row per export", async ({
  page,
}) => {
  test.slow();
  const expected = await simulatorIds(BELLAMY);
  expect(expected).toHaveLength(400);
  await signIn(page, AGENT);
  await page.goto(`${url}/conversations/${BELLAMY}`);

  await page.getByTestId("export-menu").getByText("Export").click();
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^conversation-\+33612340400-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await csvDownload.path())!, "utf8");
  const [header, ...ids] = csvFirstColumn(csv);
  expect(header).toBe("message_id");
  expect(csv.split("\r\n")[0]).toBe(
    "message_id,sent_at,direction,channel,delivery_status,agent,contact_name,contact_phone,contact_email,contact_facebook_id,text",
  );
  expect(csv).not.toContain("# EXPORT INCOMPLETE");
  expect(ids).toHaveLength(expected.length);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...expected].sort());
  // The contact's number starts with "+": defused for spreadsheets, not lost.
  expect(csv).toContain(`'${BELLAMY}`);

  const json = await page.request.get(`${url}/api/conversations/${encodeURIComponent(BELLAMY)}/export?format=json`);
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toMatch(/^attachment; filename="conversation-.*\.json"$/);
  const body = (await json.json()) as {
    complete: boolean;
    count: number;
    messages: { message_id: string; text: string | null }[];
  };
  expect(body.complete).toBe(true);
  expect(body.count).toBe(400);
  expect(body.messages.map((m) => m.message_id).sort()).toEqual([...expected].sort());

  const exports = await expect
    .poll(
      async () => (await auditRows("action = 'conversation.exported' and (details->>'complete')::boolean")).length,
      { timeout: 15_000 },
    )
    .toBe(2)
    .then(() => auditRows("action = 'conversation.exported' and (details->>'complete')::boolean"));
  expect(exports.map((r) => r.details.format).sort()).toEqual(["csv", "json"]);
  for (const row of exports)
    expect(row).toMatchObject({ actor_email: AGENT.email, target: BELLAMY, details: { count: 400, complete: true } });
  // No message text reaches the trail.
  const texts = body.messages.map((m) => m.text).filter((t): t is string => Boolean(t && t.length > 8));
  const dump = JSON.stringify(await auditRows());
  expect(texts.some((t) => dump.includes(t))).toBe(false);

  // A bad key or format is refused before Octopush is called; no session is a 401.
  expect((await page.request.get(`${url}/api/conversations/not%20a%20key/export?format=csv`)).status()).toBe(400);
  expect(
    (await page.request.get(`${url}/api/conversations/${encodeURIComponent(BELLAMY)}/export?format=xml`)).status(),
  ).toBe(400);
  const anonymous = await fetch(`${url}/api/conversations/${encodeURIComponent(BELLAMY)}/export?format=csv`);
  expect(anonymous.status).toBe(401);
});

test("the print view shows the whole thread without the app's chrome", async ({ page }, testInfo) => {
  test.slow();
  await signIn(page, AGENT);
  await page.goto(`${url}/conversations/${BELLAMY}`);
  await page.getByTestId("print-view").click();
  await expect(page).toHaveURL(`${url}/conversations/${BELLAMY}/print`);
  await expect(page.getByTestId("print-thread").locator("article")).toHaveCount(400);
  await expect(page.getByTestId("print-header")).toContainText("Archives Bellamy");
  await expect(page.getByTestId("print-range")).toContainText("400 messages");
  await expect(page.getByTestId("print-now")).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-header")).toBeVisible();
  await expect(page.getByTestId("print-now")).toBeHidden();
  await expect(page.getByRole("link", { name: "Back to the conversation" })).toBeHidden();
  // Every button off paper, in one query: one assertion per button (two per message here) took
  // longer than the test's 90 s on a slow machine.
  await expect(page.locator("button").first()).toBeAttached();
  await expect(page.locator("button").filter({ visible: true })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("print-view.png") });
  await page.screenshot({ path: "test-results/export-audit-print-view.png" });

  // The ordinary conversation page, printed: the top bar, the list and the header's buttons stay off paper.
  await page.goto(`${url}/conversations/${BELLAMY}`);
  await expect(page.getByTestId("contact-header")).toBeVisible();
  await expect(page.getByRole("searchbox")).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await expect(page.getByTestId("export-menu")).toBeHidden();
});

test("an admin adds an agent, finds it in the trail with filters kept in the URL, and downloads the CSV", async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.goto(`${url}/admin/agents`);
  await page.getByLabel("Email").fill("nina.new@acme.example");
  await page.getByLabel("Name").fill("Nina New");
  await page.getByRole("button", { name: "Add agent" }).click();
  await expect(page.getByText("nina.new@acme.example").first()).toBeVisible();
  const added = await expectRow(
    (r) => r.action === "agent.added" && r.target === "nina.new@acme.example",
    "an agent.added row",
  );
  expect(added).toMatchObject({ actor_email: ADMIN.email, actor_role: "admin" });

  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(`${url}/admin/audit`);
  await expect(page.locator('[data-testid="audit-row"][data-action="agent.added"]')).toHaveCount(3);

  await page.getByLabel("Who").fill("ada.audit");
  await page.getByLabel("What").selectOption("agent.added");
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From").fill(today);
  await page.getByRole("button", { name: "Apply" }).click();
  const filtered = `${url}/admin/audit?who=ada.audit&what=agent.added&from=${today}`;
  await expect(page).toHaveURL(filtered);
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText("nina.new@acme.example");

  await page.reload();
  await expect(page).toHaveURL(filtered);
  await expect(page.getByLabel("Who")).toHaveValue("ada.audit");
  await expect(page.getByLabel("What")).toHaveValue("agent.added");
  await expect(page.getByLabel("From")).toHaveValue(today);
  await expect(page.getByTestId("audit-row")).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-csv").click()]);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("at,actor_email,actor_role,action,target,client_address,details");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain("nina.new@acme.example");
  expect(csv).not.toContain(ADMIN.password);

  const api = await page.request.get(`${url}/api/admin/audit?what=auth.sign_in`);
  expect(api.status()).toBe(200);
  const json = (await api.json()) as { events: { actorEmail: string }[] };
  expect(json.events.map((e) => e.actorEmail)).toContain(ADMIN.email);
});

test("an agent gets the 403 page on /admin/audit and 403 from its API", async ({ page }) => {
  await signIn(page, AGENT);
  const response = await page.goto(`${url}/admin/audit`);
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("audit-row")).toHaveCount(0);
  const api = await page.request.get(`${url}/api/admin/audit?format=csv`);
  expect(api.status()).toBe(403);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("forbidden");
});
