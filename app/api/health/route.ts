// GET /api/health: liveness, mode and the last Octopush outcome, for operators; no session, no secrets.
import { getEnv } from "@/lib/config/env";
import { lastOutcome } from "@/lib/octopush/outcome";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(
    { status: "ok", mode: getEnv().mode, upstream: lastOutcome() },
    { headers: { "cache-control": "no-store" } },
  );
}
