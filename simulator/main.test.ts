import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("main entry point", () => {
  it("prints one line with the base URL, serves, and exits cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      env: {
        ...process.env,
        SIMULATOR_PORT: "0",
        SIMULATOR_API_KEY: "secret-main-key",
        SIM_REFERENCE_TIME: "2030-01-01T12:00:00Z",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      // Waits for the first line, however slow the machine; a child that dies first fails the test.
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", () => {
          if (output.includes("\n")) resolve();
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code} before its startup line: ${output}`)));
      });
      const match = /^Octopush simulator listening on (http:\/\/127\.0\.0\.1:\d+\/v1\/public)\n$/.exec(output);
      expect(match, output).not.toBeNull();
      const res = await fetch(`${match![1]}/conversations/messages/list?per_page=1`, {
        headers: { "api-login": "demo@octopush-inbox.invalid", "api-key": "secret-main-key" },
      });
      expect(res.status).toBe(200);
      const seed = (await (await fetch(match![1]!.replace("/v1/public", "/__sim/seed"))).json()) as {
        facts: { referenceTime: string };
      };
      expect(seed.facts.referenceTime).toBe("2030-01-01T12:00:00.000Z");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(output).not.toContain("secret-main-key");
    // A guard against a hang, not a speed requirement: tsx starts slowly on a busy machine.
  }, 60_000);

  it("refuses to start on a bad setting, naming it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      env: { ...process.env, SIMULATOR_PORT: "0", SIM_MESSAGES: "many" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(code).toBe(1);
    expect(output).toContain('SIM_MESSAGES must be a whole number of messages up to 1000000 (got "many")');
  }, 60_000);
});
