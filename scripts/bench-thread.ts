// `npm run bench:thread`: how the thread holds up on the 10,000-message
// conversation. Starts the simulator and the standalone server (an existing `npm run build`
// is required) on 127.0.0.1 with a throwaway signed-in agent (bench-support.ts), opens the conversation in headless Chromium and reports:
// time to first message visible, time to scroll up to message #1 next to the time
// the same pages take fetched one after another from /api/messages, and their
// ratio (median of BENCH_THREAD_RUNS visits, 3 by default), peak DOM
// element count, JS heap once at the top. Writes the figures to docs/benchmarks.md.
// It also checks what e2e/thread.spec.ts checks on a 400-message thread, here on
// all 10,000 (minutes, not a CI test's seconds): message #1 is reached, and the
// DOM never holds more than MAX_DOM_MESSAGES messages. Either failing exits 1.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { summariseProfile, summariseTrace, type CpuProfile } from "./bench-thread-profile";
import { cpus, totalmem } from "node:os";
import { chromium } from "@playwright/test";
import { median, startStack, writeDocSection } from "./bench-support";

const CONTACT = "+33612345678";
const MESSAGES = 10_000;
/** The same bound as e2e/thread.spec.ts. */
const MAX_DOM_MESSAGES = 200;
/** One step loads at most one page (17 pages of 50 to 800, lib/inbox/thread-pages.ts), with room to spare, so a stuck thread ends the run. */
const MAX_STEPS = 5000;
/** BENCH_THREAD_PROFILE=file.cpuprofile: a CPU profile of the page during the scroll (Chromium DevTools opens it). */
const PROFILE = process.env.BENCH_THREAD_PROFILE;
/** BENCH_THREAD_TRACE=file.json: a Chromium trace of the scroll (style, layout, paint, script by task), summarised on the console. */
const TRACE = process.env.BENCH_THREAD_TRACE;
/** The gateway answer cache of the bench's server (the default, GATEWAY_DEFAULTS.cacheTtlMs), set explicitly: the baseline waits it out. */
const GATEWAY_CACHE_TTL_MS = 2000;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/**
 * BENCH_THREAD_PIN=1: the simulator and the app on CPU 1, this script and Chromium on CPU 0
 * (taskset), as when the agent's browser and the server are different machines: the
 * browser's work then cannot slow the server down, nor the other way round.
 */
const PIN = process.env.BENCH_THREAD_PIN === "1";
/**
 * BENCH_THREAD_RUNS (default 3): visits measured, each a scroll and its own baseline; the
 * run with the median ratio is the one printed (the baseline alone varies by a third
 * between runs on a 2-core machine). A profile or a trace covers the first run only.
 */
const RUNS = Math.max(1, Math.min(10, Number(process.env.BENCH_THREAD_RUNS ?? 3) || 3));

/** Until the server's answers cached so far have expired (OCTOPUSH_CACHE_TTL_MS, with a margin). */
const waitOutGatewayCache = () => new Promise((resolve) => setTimeout(resolve, GATEWAY_CACHE_TTL_MS + 500));

/** Moves every thread of this process to `cpu`; processes started afterwards inherit it. */
function pinSelf(cpu: number) {
  const result = spawnSync("taskset", ["-a", "-p", "-c", String(cpu), String(process.pid)], { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`taskset could not pin this process to CPU ${cpu}`);
}

/** The median time in the page (Resource Timing) of the /api/messages requests for pages of `perPage`, in ms. */
const medianMs = (entries: ReadonlyArray<{ name: string; ms: number }>, perPage: number) =>
  median(entries.filter((e) => Number(new URL(e.name).searchParams.get("per_page")) === perPage).map((e) => e.ms));
const DOC = "docs/benchmarks.md";

async function main() {
  if (!existsSync(".next/standalone/server.js")) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
  if (PIN && cpus().length < 2) throw new Error("BENCH_THREAD_PIN needs 2 CPUs");
  // The servers started now run on CPU 1; Chromium, started once this process has moved, on CPU 0.
  if (PIN) pinSelf(1);
  // The same stack as bench:load: simulator, the standalone server, a fresh agent and its session cookie.
  const stack = await startStack({
    env: { INBOX_DEFAULT_COUNTRY: "FR", OCTOPUSH_CACHE_TTL_MS: String(GATEWAY_CACHE_TTL_MS) },
  });
  if (PIN) pinSelf(0);
  const appUrl = stack.appUrl;
  // Kept for the finally; inside the try the browser is `chrome`, which closures see as defined.
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    const chrome = await chromium.launch({
      executablePath: existsSync(CHROME) ? CHROME : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    browser = chrome;
    const context = await chrome.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(
      stack.cookie.split("; ").map((pair) => {
        const [name = "", value = ""] = pair.split(/=(.*)/s);
        return { name, value, url: appUrl };
      }),
    );
    // tsx (esbuild, keepNames) wraps named functions inside evaluate() callbacks in __name(): give the page one.
    await context.addInitScript("globalThis.__name = (fn) => fn;");
    const page = await context.newPage();

    // A warm-up visit, so the figures are not the server's first compile of the route.
    await page.goto(`${appUrl}/conversations/${CONTACT}`);
    await page.locator("[data-message-id]").first().waitFor();

    /** One visit: the scroll from the newest message to #1, then its fetch baseline. */
    const measure = async (run: number) => {
      // The previous run's baseline filled the gateway's answer cache: this scroll's requests
      // reach the simulator as the first run's did.
      if (run > 0) await waitOutGatewayCache();
      // From the inbox, so each visit starts from the server-rendered newest page.
      await page.goto(`${appUrl}/inbox`);
      const t0 = Date.now();
      await page.goto(`${appUrl}/conversations/${CONTACT}`, { waitUntil: "commit" });
      await page
        .getByText(/#10000\b/)
        .first()
        .waitFor({ state: "visible" });
      const firstVisibleMs = Date.now() - t0;
      // The virtualized thread has taken over from the plain one (the conversation list has [data-index] rows too).
      await page.waitForFunction(() => document.querySelector('[data-testid="thread-log"] [data-index]') !== null);

      const log = page.getByRole("log");
      // Peaks over every DOM change, not only at the moments of a step; the whole document is
      // watched and the log looked up each time, so a log that is replaced is still counted.
      await page.evaluate(() => {
        const w = window as unknown as { __peak: { dom: number; messages: number; mounted: number } };
        w.__peak = { dom: 0, messages: 0, mounted: 0 };
        const count = (records: MutationRecord[] = []) => {
          for (const r of records)
            for (const n of r.addedNodes)
              if (n instanceof Element && n.querySelector("[data-message-id]")) w.__peak.mounted++;
          w.__peak.dom = Math.max(w.__peak.dom, document.getElementsByTagName("*").length);
          w.__peak.messages = Math.max(
            w.__peak.messages,
            document.querySelectorAll('[data-testid="thread-log"] [data-message-id]').length,
          );
        };
        count();
        new MutationObserver(count).observe(document.body, { childList: true, subtree: true });
      });
      // Every page the UI asks /api/messages for while it scrolls: the fetch baseline asks for the same ones.
      const fetched: string[] = [];
      const onRequest = (request: { url(): string }) => {
        const url = new URL(request.url());
        if (url.pathname === "/api/messages") fetched.push(url.pathname + url.search);
      };
      page.on("request", onRequest);
      const profiler = PROFILE && run === 0 ? await context.newCDPSession(page) : undefined;
      if (profiler) {
        await profiler.send("Profiler.enable");
        await profiler.send("Profiler.setSamplingInterval", { interval: 200 });
        await profiler.send("Profiler.start");
      }
      if (TRACE && run === 0) await chrome.startTracing(page, { path: TRACE, categories: ["devtools.timeline"] });
      // What each /api/messages request takes in the page (Resource Timing), while scrolling and in the baseline.
      const requestTimings = () =>
        page.evaluate(() => {
          const entries = performance
            .getEntriesByType("resource")
            .filter((r) => new URL(r.name).pathname === "/api/messages")
            .map((r) => ({ name: r.name, ms: (r as PerformanceResourceTiming).responseEnd - r.startTime }));
          performance.clearResourceTimings();
          return entries;
        });
      await page.evaluate(() => {
        performance.setResourceTimingBufferSize(2000);
        performance.clearResourceTimings();
      });
      const t1 = Date.now();
      let reachedTop = false;
      let steps = 0;
      for (let i = 0; i < MAX_STEPS && !reachedTop; i++, steps++) {
        // Scroll to the top, then let the next frame render before looking again. Done once the
        // beginning shows and the view is still at the top: an older page that arrives during the
        // frame (the last one included) keeps the row in view where it was, further down.
        reachedTop = await log.evaluate(async (el) => {
          el.scrollTop = 0;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return document.querySelector('[data-testid="thread-beginning"]') !== null && el.scrollTop < 1;
        });
      }
      const first = page.locator("[data-message-id]").filter({ hasText: /#1\b/ });
      const reachedFirst =
        reachedTop &&
        (await first
          .first()
          .waitFor({ state: "visible", timeout: 30_000 })
          .then(() => true)
          .catch(() => false)) &&
        /^#1 /.test((await first.first().locator("> div").first().innerText()).trim());
      const toTopMs = Date.now() - t1;
      const scrollTimings = await requestTimings();
      page.off("request", onRequest);
      if (TRACE && run === 0) {
        await chrome.stopTracing();
        console.log(`\nTrace of the scroll written to ${TRACE}; main-thread time by event:\n${summariseTrace(TRACE)}`);
      }
      if (profiler && PROFILE) {
        const { profile } = (await profiler.send("Profiler.stop")) as { profile: CpuProfile };
        writeFileSync(PROFILE, JSON.stringify(profile));
        console.log(
          `\nCPU profile of the scroll written to ${PROFILE}; self time by function:\n${summariseProfile(profile)}`,
        );
      }
      const {
        dom: peakDom,
        messages: peakMessages,
        mounted,
      } = await page.evaluate(
        () => (window as unknown as { __peak: { dom: number; messages: number; mounted: number } }).__peak,
      );
      const bounded = peakMessages > 5 && peakMessages <= MAX_DOM_MESSAGES;

      // The floor for the scroll: the very requests the UI made while scrolling (same URLs,
      // so the same page sizes; page 1 came with the HTML), one after another from the same page, right after.
      const urls = [...fetched];
      const replay = () =>
        page.evaluate(async (urls) => {
          const start = performance.now();
          for (const url of urls) {
            const res = await fetch(url);
            if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
            await res.json();
          }
          return performance.now() - start;
        }, urls);
      // The UI's requests each reached Octopush (the simulator): so does the baseline's, not cache hits.
      await waitOutGatewayCache();
      const fetchMs = await replay();
      const replayTimings = await requestTimings();
      // Printed for comparison: the same requests again at once, answered from the server's cache.
      const warmFetchMs = await replay();
      const repeated = urls.filter((u, i) => urls.indexOf(u) !== i);
      if (repeated.length > 0) console.log(`\nPages asked more than once while scrolling up: ${repeated.join(", ")}`);
      const ratio = toTopMs / fetchMs;
      return {
        firstVisibleMs,
        toTopMs,
        steps,
        urls,
        reachedFirst,
        bounded,
        peakDom,
        peakMessages,
        mounted,
        scrollTimings,
        fetchMs,
        replayTimings,
        warmFetchMs,
        ratio,
      };
    };

    const runs: Array<Awaited<ReturnType<typeof measure>>> = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await measure(run);
      runs.push(result);
      console.log(
        `Run ${run + 1}/${RUNS}: scroll ${(result.toTopMs / 1000).toFixed(2)} s, fetch ${(result.fetchMs / 1000).toFixed(2)} s, ratio ${result.ratio.toFixed(2)}; rows with a message added to the DOM: ${result.mounted}`,
      );
      if (!result.reachedFirst || !result.bounded) break;
    }
    // The run whose ratio is the median (the lower of the middle two for an even count) stands for
    // all: its figures are printed together, so they agree.
    const byRatio = [...runs].sort((a, b) => a.ratio - b.ratio);
    const mid = byRatio[Math.floor((byRatio.length - 1) / 2)]!;
    const failed = runs.find((r) => !r.reachedFirst || !r.bounded);
    const {
      firstVisibleMs,
      toTopMs,
      steps,
      urls,
      reachedFirst,
      scrollTimings,
      fetchMs,
      replayTimings,
      warmFetchMs,
      ratio,
    } = failed ?? mid;
    const peakDom = Math.max(...runs.map((r) => r.peakDom));
    const peakMessages = Math.max(...runs.map((r) => r.peakMessages));
    const bounded = runs.every((r) => r.bounded);
    const ratios = runs.map((r) => r.ratio.toFixed(2)).join(", ");
    const perPage = urls.map((u) => Number(new URL(u, appUrl).searchParams.get("per_page")));
    const sizes = perPage.join(", ");
    const largest = Math.max(...perPage);

    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heapMb = (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1024 / 1024;
    const chromeVersion = chrome.version();

    const rows: Array<[string, string]> = [
      ["Time to first message visible", `${firstVisibleMs} ms`],
      [
        `Time to scroll up to message #1 (${urls.length} requests, ${steps} scroll steps)`,
        `${(toTopMs / 1000).toFixed(2)} s`,
      ],
      ["The same requests fetched one after another from /api/messages", `${(fetchMs / 1000).toFixed(2)} s`],
      ["The same requests again at once (answered from the gateway's cache)", `${(warmFetchMs / 1000).toFixed(2)} s`],
      [
        `Scroll time / fetch time (goal: at most 1.5), median of ${runs.length} run${runs.length === 1 ? "" : "s"}`,
        runs.length === 1 ? ratio.toFixed(2) : `${ratio.toFixed(2)} (${ratios})`,
      ],
      [
        `Median request for a page of ${largest}, while scrolling / one after another`,
        `${medianMs(scrollTimings, largest)} / ${medianMs(replayTimings, largest)} ms`,
      ],
      [`Message #1 of ${MESSAGES.toLocaleString("en")} reached`, reachedFirst ? "yes" : "NO"],
      ["Peak DOM elements (whole page)", String(peakDom)],
      [
        `Peak message elements in the DOM (bound: ${MAX_DOM_MESSAGES})`,
        `${peakMessages}${bounded ? "" : " (OUT OF BOUND)"}`,
      ],
      ["JS heap used at the top (after GC)", `${heapMb.toFixed(1)} MB`],
    ];
    const machine = `${cpus().length} CPU (${cpus()[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Chromium ${chromeVersion}, Node ${process.version}${PIN ? "; Chromium on CPU 0, the app and the simulator on CPU 1 (BENCH_THREAD_PIN=1)" : ""}`;
    const date = new Date().toISOString().slice(0, 10);

    console.log(`\nThread benchmark: ${CONTACT}, 10,000 messages, ${date}\n${machine}\nPage sizes asked: ${sizes}\n`);
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
    if (!reachedFirst || !bounded) {
      // A failed check is not a figure: docs/benchmarks.md keeps the last good run.
      console.error(
        `\nFAILED: ${reachedFirst ? "" : `message #1 not reached within ${MAX_STEPS} steps. `}${
          bounded ? "" : `peak of ${peakMessages} message elements, expected 6..${MAX_DOM_MESSAGES}.`
        }`,
      );
      process.exitCode = 1;
      return;
    }

    const section = [
      "<!-- bench:thread -->",
      "## Thread (`npm run bench:thread`)",
      "",
      `The 10,000-message conversation (${CONTACT}, simulator), standalone production build, headless Chromium 1280×800, ${date}.`,
      `Machine: ${machine}.`,
      "",
      "| measure | value |",
      "|---|---|",
      ...rows.map(([k, v]) => `| ${k} | ${v} |`),
      "",
      "First message: from navigation to `#10000` visible (server-rendered, warm server). Scroll: `scrollTop = 0` in a loop until the",
      '"Beginning of the conversation" marker shows with the view still at the top; pages grow going back (50, 50, 100, 200, 400, then 800: `lib/inbox/thread-pages.ts`;',
      "`maxPages` 5 keeps at most 4,000 messages in memory), the next older page being fetched while one is drawn.",
      `Fetch: the very requests the UI made while scrolling (per_page ${sizes}), with \`fetch()\` one after another from the same page,`,
      "once the gateway's 2 s answer cache has expired (the UI's requests each reached the simulator); then once more at once, from that cache.",
      "Median request: from the page's Resource Timing (request start to the last byte), so a request that waits for a busy main thread",
      "before it is sent or read counts outside it: the scroll's time beyond the requests is the page's own work between them.",
      `Runs: ${runs.length} visits (\`BENCH_THREAD_RUNS\`), each with its own baseline; the table is the run with the median ratio, the ratios of all runs in brackets; peaks are over all runs.`,
      "<!-- /bench:thread -->",
    ].join("\n");
    writeDocSection(DOC, "bench:thread", section);
    console.log(`\nWritten to ${DOC}.`);
  } finally {
    await browser?.close();
    stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
