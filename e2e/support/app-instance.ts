import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { AGENT, FAKE_API_KEY, FAKE_API_LOGIN, OUTSIDER_AGENT, SIM_URL } from "./env";
import { seedStore, type SeedAgent } from "./store";

// One more instance of the app on the same build (the standalone server, as the
// image runs it), started by a test that needs settings the shared instances do not
// have (an https AUTH_URL, a shutdown time limit). Its pid is kept and only that
// process is stopped. Without a DATABASE_URL in `env`, it gets a fresh embedded
// store of its own holding the e2e agents.

export interface AppInstance {
  url: string;
  pid: number;
  output: () => string;
  /** Sends the signal and resolves with the exit code once the process has exited. */
  signal: (signal: NodeJS.Signals) => Promise<number | null>;
  stop: () => Promise<void>;
}

export async function startAppInstance(
  port: number,
  env: Record<string, string>,
  agents: SeedAgent[] = [AGENT, OUTSIDER_AGENT],
): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = resolve(`.e2e/data-${port}`);
  if (!env.DATABASE_URL) await seedStore({ databaseUrl: null, dataDir }, agents);
  const child: ChildProcess = spawn(process.execPath, [".next/standalone/server.js"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "true",
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
      OCTOPUSH_API_LOGIN: FAKE_API_LOGIN,
      OCTOPUSH_API_KEY: FAKE_API_KEY,
      OCTOPUSH_BASE_URL: `${SIM_URL}/v1/public`,
      AUTH_SECRET: "e2e-extra-instance-secret-0123456789abcdef",
      // server.js changes into .next/standalone: paths are given absolute.
      DATABASE_URL: "",
      INBOX_DATA_DIR: dataDir,
      INBOX_USERS_FILE: resolve(".e2e/no-users-file.json"),
      // As the main instances: no background sync against the shared simulator unless asked.
      INBOX_INDEX: "off",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  // A test that times out never reaches its finally: the instance must not outlive the
  // worker (orphaned, with its output pipes closed, it would spin on EPIPE).
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    return exited;
  };
  const stop = async () => {
    await signal("SIGTERM");
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app instance exited:\n${output}`);
    const up = await fetch(`${url}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) return { url, pid: child.pid!, output: () => output, signal, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the app instance did not answer on ${url} within 60 s:\n${output}`);
}
