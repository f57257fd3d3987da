import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("main entry point", () => {
  it("prints one line with the base URL, serves, and exits cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", entry], {
      env: { ...process.env, SIMULATOR_PORT: "0", SIMULATOR_API_KEY: "secret-main-key" },
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
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(output).not.toContain("secret-main-key");
    // A guard against a hang, not a speed requirement: tsx starts slowly on a busy machine.
  }, 60_000);
});
