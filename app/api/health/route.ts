// GET /api/health: liveness and mode for anyone (no session needed, no secrets);
// the last Octopush outcome only for a signed-in admin or a monitor with INBOX_HEALTH_TOKEN.
import { getEnv } from "@/lib/config/env";
import { requireSession } from "@/lib/auth/auth";
import { hasOperatorToken } from "@/lib/auth/operator-access";
import { lastOutcome } from "@/lib/octopush/outcome";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const env = getEnv();
  const base = { status: "ok", mode: env.mode };
  const operator = hasOperatorToken(request, env.healthToken) || (await requireSession())?.user.role === "admin";
  return Response.json(operator ? { ...base, upstream: lastOutcome() } : base, {
    headers: { "cache-control": "no-store" },
  });
}
