import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROXY_FREE_APIS } from "./access";

// proxy.ts's matcher, compiled by Next's own code as the build does: which paths the
// proxy runs on. The data routes it skips must be exactly PROXY_FREE_APIS, each a
// handler that checks the session itself.
type Matcher = { regexp: string };
type Compile = (matcher: string[], config: object) => Matcher[];

async function proxyRuns(): Promise<(path: string) => boolean> {
  const source = readFileSync(join(import.meta.dirname, "..", "..", "proxy.ts"), "utf8");
  const literal = /matcher:\s*\[\s*("(?:[^"\\]|\\.)*")/.exec(source)?.[1];
  if (!literal) throw new Error("no matcher string in proxy.ts");
  const { getMiddlewareMatchers } = (await import("next/dist/build/analysis/get-page-static-info.js")) as unknown as {
    getMiddlewareMatchers: Compile;
  };
  const regexps = getMiddlewareMatchers([JSON.parse(literal) as string], {}).map((m) => new RegExp(m.regexp));
  return (path) => regexps.some((r) => r.test(path));
}

describe("proxy.ts matcher", () => {
  it("skips exactly the polled data routes, and nothing that needs the proxy", async () => {
    const runs = await proxyRuns();
    for (const path of PROXY_FREE_APIS) expect(runs(path), path).toBe(false);
    for (const path of [
      "/inbox",
      "/login",
      "/conversations/+33612345678",
      "/s/abc",
      "/api",
      "/api/auth/session",
      "/api/health",
      "/api/admin/agents",
      "/api/shares",
      "/api/inbox/read-marks",
      "/api/conversations/%2B33612345678/export",
      "/api/messages/extra",
      "/api/messagesx",
      "/api/messages%zz",
      "/api/search/",
    ])
      expect(runs(path), path).toBe(true);
  });

  it("every route it skips checks the session itself", () => {
    for (const path of PROXY_FREE_APIS) {
      const route = readFileSync(join(import.meta.dirname, "..", "..", "app", `${path}/route.ts`), "utf8");
      expect(route, path).toMatch(/export const GET = withSession\(/);
    }
  });
});
