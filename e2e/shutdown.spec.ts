import { expect, test } from "@playwright/test";
import { startAppInstance } from "./support/app-instance";
import { AGENT, APP_PORT, SIM_URL } from "./support/env";
import { loopbackAddress, rawRequest, signInWithAuthJs } from "./support/raw-http";

// SIGTERM, as an orchestrator sends it before replacing an instance: the standalone
// server stops taking connections, lets the request in flight finish, and exits 0.
// Each test starts its own instance (the shared ones stay up for the other specs) and
// slows one Octopush call with the simulator's latency fault, on a number no other
// spec asks for.

async function signedInInstance(port: number, shutdownTimeoutMs: number) {
  const app = await startAppInstance(port, {
    AUTH_TRUST_HOST: "true",
    INBOX_SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
  });
  try {
    const { setCookies } = await signInWithAuthJs(app.url, AGENT, { localAddress: loopbackAddress() });
    const cookie = setCookies.find((line) => line.includes("session-token="))?.split(";")[0];
    expect(cookie, app.output()).toBeTruthy();
    return { app, cookie: cookie! };
  } catch (error) {
    await app.stop();
    throw error;
  }
}

async function slowOctopush(phone: string, fault: { latencyMs: number } | { hang: true }) {
  const res = await fetch(`${SIM_URL}/__sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ match: phone, times: 1, ...fault }),
  });
  expect(res.status).toBe(201);
}

async function callsReachingOctopush(phone: string): Promise<number> {
  const res = await fetch(`${SIM_URL}/__sim/calls?match=${phone}`);
  return ((await res.json()) as unknown[]).length;
}

/** "answered" or the connection error's code. */
function connect(url: string): Promise<string> {
  return rawRequest(url).then(
    () => "answered",
    (error: NodeJS.ErrnoException) => error.code ?? error.message,
  );
}

test("SIGTERM: the request in flight completes, new connections are refused, the process exits 0", async () => {
  test.slow(); // starts its own instance of the app
  const phone = "33699990001";
  const { app, cookie } = await signedInInstance(APP_PORT + 37, 30_000);
  try {
    await slowOctopush(phone, { latencyMs: 5_000 });
    const inFlight = rawRequest(`${app.url}/api/messages?contact=%2B${phone}&per_page=20`, { headers: { cookie } });
    await expect.poll(() => callsReachingOctopush(phone)).toBe(1);

    const exited = app.signal("SIGTERM");
    await expect.poll(() => connect(`${app.url}/api/health`)).toBe("ECONNREFUSED");

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).not.toHaveProperty("error");
    expect(await exited).toBe(0);
    expect(app.output()).toContain("Octopush Inbox: stopped.");
  } finally {
    await app.stop();
  }
});

test("SIGTERM: a request still running at INBOX_SHUTDOWN_TIMEOUT_MS is cut off and the process still exits 0", async () => {
  test.slow();
  const phone = "33699990002";
  const { app, cookie } = await signedInInstance(APP_PORT + 38, 1_000);
  try {
    await slowOctopush(phone, { hang: true });
    const inFlight = rawRequest(`${app.url}/api/messages?contact=%2B${phone}&per_page=20`, {
      headers: { cookie },
    }).then(
      (res) => res.status,
      () => "cut off",
    );
    await expect.poll(() => callsReachingOctopush(phone)).toBe(1);

    expect(await app.signal("SIGTERM")).toBe(0);
    expect(await inFlight).toBe("cut off");
    expect(app.output()).toContain("1 request(s) still running were cut off");
  } finally {
    await app.stop();
  }
});
