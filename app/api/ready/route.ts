// GET /api/ready: readiness for a load balancer (no session, no secrets): 200 while the
// database answers (status "degraded" when Redis is configured but away), 503 when it does not.
// `index` tells operators how the message index's sync is doing; a late index never fails readiness.
import { getEnv } from "@/lib/config/env";
import { checkDatabase } from "@/lib/db/instance";
import { readiness } from "@/lib/lifecycle/readiness";
import { currentIndexHealth, indexEnabled } from "@/lib/message-index/current";
import { indexReadiness } from "@/lib/message-index/health";
import { cacheStatus } from "@/lib/shared-state/instance";

export const dynamic = "force-dynamic";

const ORDER_OFF =
  "OCTOPUSH_LIST_ORDER=oldest-first: the message index reads newest pages first and is off (docs/decisions/message-index.md).";

export async function GET(): Promise<Response> {
  const database = await checkDatabase();
  const { httpStatus, body } = readiness(database, cacheStatus());
  const env = getEnv();
  const health = database === "ok" ? await currentIndexHealth().catch(() => null) : null;
  const orderOff = env.index.enabled && env.octopush.listOrder !== "newest-first" ? ORDER_OFF : null;
  return Response.json(
    { ...body, index: indexReadiness(indexEnabled(), health, orderOff) },
    { status: httpStatus, headers: { "cache-control": "no-store" } },
  );
}
