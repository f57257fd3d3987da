import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { APP_URL, HEALTH_TOKEN } from "./support/env";

// Hand-made requests of issue 15 answered plainly: a broken % escape, a server
// action called without a form, and what /api/health tells a stranger.

test("a path with a broken % escape is a 400 with the usual security headers, signed in or not", async ({
  request,
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({
    baseURL: APP_URL,
    storageState: { cookies: [], origins: [] },
  });
  for (const client of [request, anonymous]) {
    for (const path of ["/conversations/%E0%A4%A", "/api/messages/%E0%A4%A", "/inbox/%"]) {
      const res = await client.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(400);
      const h = res.headers();
      expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(await res.json()).toEqual({ error: { code: "bad_request", message: expect.stringContaining("%") } });
    }
  }
  await anonymous.dispose();
});

/** The id Next gave a server action in this build (what a browser sends as Next-Action). */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in this build`);
  return id;
}

test("the sign-in action called with a body that is not a form answers with the form's own error", async ({
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({
    baseURL: APP_URL,
    storageState: { cookies: [], origins: [] },
  });
  for (const body of ["[]", "{}", '["x", 1]']) {
    const res = await anonymous.post("/login", {
      headers: {
        "Next-Action": actionId("signInWithPassword"),
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: body,
    });
    expect(res.status(), body).toBe(200);
    expect(await res.text()).toContain('"error":"Enter your email and password."');
  }
  await anonymous.dispose();
});

test("/api/health tells a stranger and an agent only status and mode, and a monitor with the token the last Octopush outcome", async ({
  request,
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({
    baseURL: APP_URL,
    storageState: { cookies: [], origins: [] },
  });
  // Make sure there is an outcome (and a time) to hide.
  expect((await request.get("/api/messages?phone_number=%2B33612345678&per_page=1")).status()).toBe(200);
  const stranger = await anonymous.get("/api/health");
  expect(stranger.status()).toBe(200);
  expect(await stranger.json()).toEqual({ status: "ok", mode: "live" });
  const agent = await (await request.get("/api/health")).json();
  expect(agent).toEqual({ status: "ok", mode: "live" });
  const monitor = await anonymous.get("/api/health", { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } });
  expect(await monitor.json()).toMatchObject({ status: "ok", mode: "live", upstream: { at: expect.any(String) } });
  const wrong = await anonymous.get("/api/health", { headers: { authorization: `Bearer ${HEALTH_TOKEN}x` } });
  expect(await wrong.json()).toEqual({ status: "ok", mode: "live" });
  await anonymous.dispose();
});
