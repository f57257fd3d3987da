// Shared by the benchmarks: the simulator and the built app (the standalone server,
// as the image runs it; one or more instances) as child processes on 127.0.0.1, a
// fresh agent, a signed-in session cookie, and cleanup by pid.
// Nothing here is used by the app itself.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addUser, UsersError } from "../lib/accounts/store";
import { openStore } from "../lib/db/open";

export const BENCH_LOGIN = "bench-login@acme.example";
export const BENCH_KEY = "sk_bench_FAKEKEY_4d1e";
const AGENT = { email: "bench.agent@acme.example", password: "bench-horse-battery-staple" };

export interface Stack {
  /** The first instance. */
  appUrl: string;
  simUrl: string;
  appPid: number;
  /** Every instance, in order (one unless `instances` asked for more). */
  appUrls: string[];
  appPids: number[];
  /** Valid on every instance: they share AUTH_SECRET and the accounts. */
  cookie: string;
  /** Where GET /bench-floor reads its body (INBOX_BENCH_FLOOR_FILE): write it before asking for it. */
  floorFile: string;
  stop(): void;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The wanted port if free, else one the system picks. */
export async function choosePort(wanted: number): Promise<number> {
  if (await portFree(wanted)) return wanted;
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Next's sign-in through Auth.js's own endpoints: CSRF token, then the credentials callback. */
export async function signIn(appUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // The proxy and the route may each set a CSRF cookie: the last one matches the token in the body.
  const jar = new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0]!.split(/=(.*)/s) as [string, string]));
  const csrfCookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${appUrl}/inbox` }),
  });
  const session = res.headers.getSetCookie().find((c) => /session-token=/.test(c) && !/session-token=;/.test(c));
  if (!session) throw new Error(`sign-in failed: HTTP ${res.status}, no session cookie`);
  return session.split(";")[0]!;
}

/** VmRSS of a process in kB, from /proc (Linux). */
export function rssKb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fields of /proc/<pid>/stat from the third (state) on, or undefined when it cannot
 * be read: the command name before them is in parentheses and may hold spaces.
 */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

let clockTicksPerS: number | undefined;

/**
 * CPU time (user + system, milliseconds) `pid` has used so far, from /proc/<pid>/stat;
 * undefined when it cannot be read. Its difference over a run, divided by the
 * requests served, is what one request costs the server.
 */
export function cpuMs(pid: number): number | undefined {
  const fields = statFields(pid);
  if (!fields) return undefined;
  // utime and stime are fields 14 and 15, in clock ticks (USER_HZ, `getconf CLK_TCK`: 100 on Linux).
  clockTicksPerS ??= Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / clockTicksPerS : undefined;
}

/** The pid running Next's server: the standalone server serves in its own process; `next start` may use a child titled next-server. */
export function findNextServerPid(rootPid: number): number {
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (/next-server/.test(cmd)) return pid;
    } catch {
      continue;
    }
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      // Field 4 is the parent's pid; a process already gone has no fields.
      if (Number(statFields(Number(entry))?.[1]) === pid) queue.push(Number(entry));
    }
  }
  return rootPid;
}

export interface StackOptions {
  appPort?: number;
  simPort?: number;
  /** App instances on consecutive ports, sharing the environment (REDIS_URL, DATABASE_URL, AUTH_SECRET). */
  instances?: number;
  env?: Record<string, string>;
}

/** Starts the simulator and the standalone server (needs `npm run build` first), adds an agent, signs in. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (!existsSync(".next/standalone/server.js")) throw new Error("no standalone build: run `npm run build` first");
  spawnSync("node", ["scripts/prepare-standalone.mjs"], { stdio: "ignore" });
  const simPort = await choosePort(options.simPort ?? 4650);
  const appPorts: number[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) {
    let port = await choosePort((options.appPort ?? 3650) + i);
    if (appPorts.includes(port)) port = await choosePort(0);
    appPorts.push(port);
  }
  const tmp = mkdtempSync(join(tmpdir(), "octopush-bench-"));
  // One PostgreSQL database for every instance when DATABASE_URL is set (as in production);
  // else an embedded store per instance (PGlite opens in one process only), each with the agent.
  const databaseUrl = options.env?.DATABASE_URL || process.env.DATABASE_URL || null;
  const dataDirs = appPorts.map((_, i) => join(tmp, `data-${i}`));
  const children: ChildProcess[] = [];

  const stop = () => {
    for (const child of children.reverse()) {
      if (child.pid && child.exitCode === null) {
        try {
          process.kill(child.pid, "SIGTERM");
        } catch {
          // already gone
        }
      }
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  // Never leave servers behind: Ctrl+C, an exception or a normal end all stop them.
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

  try {
    for (const dataDir of databaseUrl ? [""] : dataDirs) {
      const store = await openStore({ databaseUrl, dataDir });
      try {
        await store.migrate();
        await addUser(store.db, { email: AGENT.email, name: "Bench Agent", password: AGENT.password }).catch(
          (error: unknown) => {
            // A database kept from an earlier run already has the agent.
            if (!(error instanceof UsersError)) throw error;
          },
        );
      } finally {
        await store.close();
      }
    }

    const sim = spawn("node", ["--import", "tsx", "simulator/main.ts"], {
      env: {
        ...process.env,
        SIMULATOR_PORT: String(simPort),
        SIMULATOR_API_LOGIN: BENCH_LOGIN,
        SIMULATOR_API_KEY: BENCH_KEY,
        SIMULATOR_PARENT_PID: String(process.pid),
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(sim);
    const simUrl = `http://127.0.0.1:${simPort}`;
    await waitFor(`${simUrl}/__sim/health`, sim);

    const apps: ChildProcess[] = [];
    for (const port of appPorts) {
      const app = spawn("node", [".next/standalone/server.js"], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          NEXT_MANUAL_SIG_HANDLE: "true",
          HOSTNAME: "127.0.0.1",
          PORT: String(port),
          OCTOPUSH_API_LOGIN: BENCH_LOGIN,
          OCTOPUSH_API_KEY: BENCH_KEY,
          OCTOPUSH_BASE_URL: `${simUrl}/v1/public`,
          AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
          AUTH_TRUST_HOST: "true",
          DATABASE_URL: databaseUrl ?? "",
          INBOX_DATA_DIR: dataDirs[appPorts.indexOf(port)]!,
          INBOX_BENCH_FLOOR_FILE: join(tmp, "floor.json"),
          ...options.env,
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(app);
      apps.push(app);
      // If this process is killed outright (no exit handler runs), a watchdog stops the app.
      const watchdog = spawn(
        "sh",
        ["-c", `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; kill ${app.pid} 2>/dev/null`],
        { stdio: "ignore", detached: true },
      );
      watchdog.unref();
    }
    const appUrls = appPorts.map((port) => `http://127.0.0.1:${port}`);
    for (const [i, url] of appUrls.entries()) await waitFor(`${url}/api/health`, apps[i]!);
    const cookie = await signIn(appUrls[0]!, AGENT.email, AGENT.password);
    const appPids = apps.map((app) => app.pid!);
    return {
      appUrl: appUrls[0]!,
      simUrl,
      appPid: appPids[0]!,
      appUrls,
      appPids,
      cookie,
      floorFile: join(tmp, "floor.json"),
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

export function machine(): Record<string, string> {
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).stdout?.trim() ?? "?";
  return {
    date: new Date().toISOString(),
    nproc: run("nproc", []),
    memory: run("free", ["-h"]).split("\n")[1]?.replace(/\s+/g, " ") ?? "?",
    node: process.version,
    chromium: existsSync("/usr/bin/chromium") ? run("/usr/bin/chromium", ["--version"]) : "none",
    load: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
  };
}

/**
 * `existing` with `section` (which starts with `<!-- NAME -->` and ends with `<!-- /NAME -->`)
 * in place of its section of that name, or at the end. Only the first pair is replaced,
 * start marker to the next end marker, so nothing between two sections is lost.
 */
export function replaceDocSection(existing: string, name: string, section: string): string {
  const start = existing.indexOf(`<!-- ${name} -->`);
  const endMarker = `<!-- /${name} -->`;
  const end = start < 0 ? -1 : existing.indexOf(endMarker, start);
  return start >= 0 && end >= 0
    ? existing.slice(0, start) + section + existing.slice(end + endMarker.length)
    : `${existing.trimEnd()}\n\n${section}\n`;
}

/** Writes `section` into the doc (replaceDocSection), formatted as `npm run format:check` (CI) expects. */
export function writeDocSection(doc: string, name: string, section: string): void {
  const existing = existsSync(doc) ? readFileSync(doc, "utf8") : "# Benchmarks\n";
  writeFileSync(doc, replaceDocSection(existing, name, section));
  // The benches write their tables unaligned.
  const prettier = spawnSync("node_modules/.bin/prettier", ["--write", doc], { stdio: "ignore" });
  if (prettier.status !== 0)
    console.warn(`prettier could not format ${doc}: run \`npm run format\` before committing it.`);
}

/** The median of some figures, rounded to a whole number (the mean of the middle two when even); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? Math.round(sorted[mid]!) : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
