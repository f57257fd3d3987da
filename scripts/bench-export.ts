// `npm run bench:export`: the export of the 10,000-message conversation through
// the standalone server (an existing `npm run build` is required), with the
// simulator and a throwaway signed-in agent (bench-support.ts). Reports the
// server's resident memory before and at its peak while the CSV and then the
// JSON stream, sampled every 20 ms from /proc, and checks each file has every
// message exactly once and no "incomplete" marker. Writes the figures to
// docs/benchmarks.md. Exits 1 when a file is wrong or the peak grows by more
// than MAX_GROWTH_MB (the whole JSON file is several MB; a server that buffered
// it, plus its 10,000 parsed messages, would grow by far more than one page's worth).
import { existsSync } from "node:fs";
import { machine, rssKb, startStack, writeDocSection } from "./bench-support";
import { csvFirstColumn } from "../lib/testing/csv";

const CONTACT = "+33612345678";
const MESSAGES = 10_000;
/** Another conversation (400 messages), so the measured exports find nothing in the gateway's cache. */
const WARM_UP_CONTACT = "+33612340400";
const MAX_GROWTH_MB = 64;
const DOC = "docs/benchmarks.md";

interface Run {
  format: "csv" | "json";
  bytes: number;
  ms: number;
  baselineMb: number;
  peakMb: number;
  ids: number;
  unique: number;
  complete: boolean;
}

async function exportOnce(
  appUrl: string,
  cookie: string,
  pid: number,
  format: "csv" | "json",
  contact = CONTACT,
): Promise<Run> {
  // Past the gateway's 2 s cache, so every export below asks the simulator for each page.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const url = `${appUrl}/api/conversations/${encodeURIComponent(contact)}/export?format=${format}`;
  const baselineMb = (rssKb(pid) ?? 0) / 1024;
  let peakMb = baselineMb;
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, (rssKb(pid) ?? 0) / 1024);
  }, 20);
  const t0 = Date.now();
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok || !res.body) throw new Error(`export ${format}: HTTP ${res.status}`);
  const decoder = new TextDecoder();
  let text = "";
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  text += decoder.decode();
  const ms = Date.now() - t0;
  clearInterval(timer);
  peakMb = Math.max(peakMb, (rssKb(pid) ?? 0) / 1024);

  let ids: string[];
  let complete: boolean;
  if (format === "json") {
    const body = JSON.parse(text) as { complete: boolean; messages: { message_id: string }[] };
    ids = body.messages.map((m) => m.message_id);
    complete = body.complete;
  } else {
    ids = csvFirstColumn(text).slice(1);
    complete = !text.includes("# EXPORT INCOMPLETE");
  }
  return {
    format,
    bytes: Buffer.byteLength(text),
    ms,
    baselineMb,
    peakMb,
    ids: ids.length,
    unique: new Set(ids).size,
    complete,
  };
}

async function main() {
  if (!existsSync(".next/standalone/server.js")) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
  const stack = await startStack({
    appPort: Number(process.env.BENCH_APP_PORT ?? 3840),
    simPort: Number(process.env.BENCH_SIM_PORT ?? 3841),
    env: { INBOX_DEFAULT_COUNTRY: "FR" },
  });
  try {
    // Warm-up: the route's first compile and the gateway's first calls are not the figure.
    await exportOnce(stack.appUrl, stack.cookie, stack.appPid, "csv", WARM_UP_CONTACT).catch(() => undefined);
    const runs = [
      await exportOnce(stack.appUrl, stack.cookie, stack.appPid, "csv"),
      await exportOnce(stack.appUrl, stack.cookie, stack.appPid, "json"),
    ];
    const rows = runs.map(
      (r) =>
        `| ${r.format} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.unique.toLocaleString("en")} / ${r.ids.toLocaleString("en")} | ${r.complete ? "yes" : "no"} | ${(r.ms / 1000).toFixed(1)} s | ${r.baselineMb.toFixed(0)} MB | ${r.peakMb.toFixed(0)} MB | +${(r.peakMb - r.baselineMb).toFixed(0)} MB |`,
    );
    const header =
      "| format | file | unique ids / rows | complete | time | server RSS before | peak RSS while streaming | growth |";
    console.log([header, "|---|---|---|---|---|---|---|---|", ...rows].join("\n"));
    const bad = runs.filter(
      (r) => r.ids !== MESSAGES || r.unique !== MESSAGES || !r.complete || r.peakMb - r.baselineMb > MAX_GROWTH_MB,
    );
    if (bad.length > 0) {
      console.error(
        `\nFAILED: ${bad.map((r) => r.format).join(", ")} (expected ${MESSAGES} unique ids, complete, growth ≤ ${MAX_GROWTH_MB} MB).`,
      );
      process.exitCode = 1;
      return;
    }
    const m = machine();
    const section = [
      "<!-- bench:export -->",
      "## Export (`npm run bench:export`)",
      "",
      `The 10,000-message conversation (${CONTACT}, simulator) exported through the standalone server, ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${m.nproc} cores, ${m.memory}, Node ${m.node}, load ${m.load}.`,
      "",
      header,
      "|---|---|---|---|---|---|---|---|",
      ...rows,
      "",
      "RSS of the server process sampled every 20 ms from /proc while the client reads the whole body, after a warm-up export of another",
      "conversation and a pause past the gateway's 2 s cache, so every page comes from the simulator (100 calls per export).",
      "The server fetches 100 messages per Octopush call and the next page only when the client has read the previous one",
      "(lib/export/stream.ts), so the growth stays near one page plus the ids already written, whatever the conversation's length.",
      "<!-- /bench:export -->",
    ].join("\n");
    writeDocSection(DOC, "bench:export", section);
    console.log(`\nWritten to ${DOC}.`);
  } finally {
    stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
