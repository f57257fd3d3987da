// GET /api/ready: readiness for a load balancer (no session, no secrets): 200 while the
// database answers (status "degraded" when Redis is configured but away), 503 when it does not.
import { checkDatabase } from "@/lib/db/instance";
import { readiness } from "@/lib/lifecycle/readiness";
import { cacheStatus } from "@/lib/shared-state/instance";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { httpStatus, body } = readiness(await checkDatabase(), cacheStatus());
  return Response.json(body, { status: httpStatus, headers: { "cache-control": "no-store" } });
}
