// GET /bench-floor: bench-only, the floor `npm run bench:load` measures /api/messages
// against: the same JSON bytes, with no session, no proxy work (proxy.ts's matcher
// skips this path) and no upstream call. It exists only while INBOX_BENCH_FLOOR_FILE
// names the file holding those bytes (scripts/bench-support.ts sets it); production
// never sets it, so there it is a 404 like any unknown path (e2e/bench-floor.spec.ts).
import { readFile } from "node:fs/promises";
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/config/env";

export const dynamic = "force-dynamic";

let body: string | undefined;

export async function GET(): Promise<Response> {
  const file = getEnv().benchFloorFile;
  if (!file) notFound();
  // Read once: the floor is what the route costs, not the disk.
  body ??= await readFile(file, "utf8").catch(() => undefined);
  if (body === undefined) notFound();
  return new Response(body, { headers: { "content-type": "application/json", "cache-control": "private, no-store" } });
}
