// `npm run bench:thread`: how the thread holds up on the 10,000-message
// conversation. Starts the simulator and `next start` (an existing `next build`
// is required) on free ports on 127.0.0.1, signs in through the login form with
// a throwaway account, opens the conversation in headless Chromium and reports:
// time to first message visible, time to scroll up to message #1, peak DOM
// element count, JS heap once at the top. Writes the figures to docs/benchmarks.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { chromium } from "@playwright/test";
import { startSimulator } from "../simulator/server";

const CONTACT = "+33612345678";
const LOGIN = "bench-login@octopush-inbox.invalid";
const KEY = "bench-key-not-secret";
const AGENT = { email: "bench.agent@octopush-inbox.invalid", password: "bench-password-123" };
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DOC = "docs/benchmarks.md";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function stop(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM"); // its process group: npx and next-server
  } catch {
    child.kill("SIGTERM");
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `NEXT_TELEMETRY_DISABLED=1 npx next build` first.");
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-thread-"));
  const usersFile = join(dir, "users.json");
  const add = spawnSync("npx", ["tsx", "scripts/users.ts", "add", AGENT.email, "--name", "Bench Agent", "--password-stdin", "--file", usersFile], {
    input: `${AGENT.password}\n`,
    encoding: "utf8",
  });
  if (add.status !== 0) throw new Error(`users add failed: ${add.stderr}`);

  const sim = await startSimulator({ port: await freePort(), apiLogin: LOGIN, apiKey: KEY });
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  let app: ChildProcess | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    app = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(appPort)], {
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        OCTOPUSH_API_LOGIN: LOGIN,
        OCTOPUSH_API_KEY: KEY,
        OCTOPUSH_BASE_URL: sim.baseUrl,
        AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
        AUTH_TRUST_HOST: "true",
        INBOX_USERS_FILE: usersFile,
        INBOX_DEFAULT_COUNTRY: "FR",
      },
    });
    await waitFor(`${appUrl}/api/health`, 60_000);

    browser = await chromium.launch({
      executablePath: existsSync(CHROME) ? CHROME : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${appUrl}/login`);
    await page.getByLabel("Email").fill(AGENT.email);
    await page.getByLabel("Password").fill(AGENT.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/inbox/);

    // A warm-up visit, so the figures are not the server's first compile of the route.
    await page.goto(`${appUrl}/conversations/${CONTACT}`);
    await page.locator("[data-message-id]").first().waitFor();
    await page.goto(`${appUrl}/inbox`);

    const t0 = Date.now();
    await page.goto(`${appUrl}/conversations/${CONTACT}`, { waitUntil: "commit" });
    await page.getByText(/#10000\b/).first().waitFor({ state: "visible" });
    const firstVisibleMs = Date.now() - t0;
    await page.waitForFunction(() => document.querySelector("[data-index]") !== null);

    const log = page.getByRole("log");
    let peakDom = 0;
    let peakMessages = 0;
    const t1 = Date.now();
    for (let i = 0; i < 5000; i++) {
      const state = await log.evaluate((el) => {
        el.scrollTop = 0;
        return {
          dom: document.getElementsByTagName("*").length,
          messages: el.querySelectorAll("[data-message-id]").length,
          done: document.querySelector('[data-testid="thread-beginning"]') !== null,
        };
      });
      peakDom = Math.max(peakDom, state.dom);
      peakMessages = Math.max(peakMessages, state.messages);
      if (state.done) break;
      await page.waitForTimeout(16);
    }
    await page.getByText(/#1\b/).first().waitFor({ state: "visible" });
    const toTopMs = Date.now() - t1;

    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heapMb = (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1024 / 1024;
    const chromeVersion = browser.version();

    const rows: Array<[string, string]> = [
      ["Time to first message visible", `${firstVisibleMs} ms`],
      ["Time to scroll up to message #1 (200 pages)", `${(toTopMs / 1000).toFixed(1)} s`],
      ["Peak DOM elements (whole page)", String(peakDom)],
      ["Peak message elements in the DOM", String(peakMessages)],
      ["JS heap used at the top (after GC)", `${heapMb.toFixed(1)} MB`],
    ];
    const machine = `${cpus().length} CPU (${cpus()[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Chromium ${chromeVersion}, Node ${process.version}`;
    const date = new Date().toISOString().slice(0, 10);

    console.log(`\nThread benchmark: ${CONTACT}, 10,000 messages, ${date}\n${machine}\n`);
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);

    const section = [
      "<!-- bench:thread -->",
      "## Thread (`npm run bench:thread`)",
      "",
      `The 10,000-message conversation (${CONTACT}, simulator), \`next start\` production build, headless Chromium 1280×800, ${date}.`,
      `Machine: ${machine}.`,
      "",
      "| measure | value |",
      "|---|---|",
      ...rows.map(([k, v]) => `| ${k} | ${v} |`),
      "",
      "First message: from navigation to `#10000` visible (server-rendered, warm server). Scroll: `scrollTop = 0` in a loop until the",
      "\"Beginning of the conversation\" marker shows; each step loads one page of 50 (`maxPages` 20 keeps at most 1,000 messages in memory).",
      "<!-- /bench:thread -->",
    ].join("\n");
    const existing = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
    const updated = /<!-- bench:thread -->[\s\S]*<!-- \/bench:thread -->/.test(existing)
      ? existing.replace(/<!-- bench:thread -->[\s\S]*<!-- \/bench:thread -->/, section)
      : `${existing.trimEnd()}\n\n${section}\n`;
    writeFileSync(DOC, updated);
    console.log(`\nWritten to ${DOC}.`);
  } finally {
    await browser?.close();
    stop(app);
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
