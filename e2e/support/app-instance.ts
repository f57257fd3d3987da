import { spawn, type ChildProcess } from "node:child_process";
import { AGENT, FAKE_API_KEY, FAKE_API_LOGIN, OUTSIDER_AGENT, SIM_URL } from "./env";
import { seedStore } from "./store";

// One more instance of the app on the same build, started by a test that needs
// settings the shared instances do not have (an https AUTH_URL). Its pid is kept
// and only that process is stopped. Without a DATABASE_URL in `env`, it gets a
// fresh embedded store of its own holding the e2e agents.

export interface AppInstance {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startAppInstance(port: number, env: Record<string, string>): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = `.e2e/data-${port}`;
  if (!env.DATABASE_URL) await seedStore({ databaseUrl: null, dataDir }, [AGENT, OUTSIDER_AGENT]);
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        OCTOPUSH_API_LOGIN: FAKE_API_LOGIN,
        OCTOPUSH_API_KEY: FAKE_API_KEY,
        OCTOPUSH_BASE_URL: `${SIM_URL}/v1/public`,
        AUTH_SECRET: "e2e-extra-instance-secret-0123456789abcdef",
        DATABASE_URL: "",
        INBOX_DATA_DIR: dataDir,
        INBOX_USERS_FILE: ".e2e/no-users-file.json",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app instance exited:\n${output}`);
    const up = await fetch(`${url}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) return { url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the app instance did not answer on ${url} within 60 s:\n${output}`);
}
