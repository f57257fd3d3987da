// GET /api/conversations/<key>/export?format=csv|json: the whole conversation as a download, streamed.
import { withSession } from "@/lib/api/handler";
import { errorResponse } from "@/lib/api/errors";
import { clientAddress } from "@/lib/auth/client-address";
import { getEnv } from "@/lib/config/env";
import { exportConversation } from "@/lib/export/conversation-export";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/stream";
import { parseConversationKey } from "@/lib/inbox/conversation-key";

export const dynamic = "force-dynamic";

function keyFromPath(request: Request): string | null {
  // /api/conversations/<key>/export: the segment is still percent-encoded here.
  const match = /^\/api\/conversations\/([^/]+)\/export\/?$/.exec(new URL(request.url).pathname);
  return match?.[1] ?? null;
}

export const GET = withSession(async (request, session) => {
  const url = new URL(request.url);
  for (const name of url.searchParams.keys()) {
    if (name !== "format")
      return errorResponse(400, "invalid_request", `Unknown parameter "${name.slice(0, 40)}". Allowed: format.`);
  }
  const format = url.searchParams.get("format") ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return errorResponse(400, "invalid_request", "format must be csv or json.");
  }
  const segment = keyFromPath(request);
  const parsed = segment ? parseConversationKey(segment, getEnv().defaultCountry) : null;
  if (!parsed?.ok) {
    return errorResponse(
      400,
      "invalid_request",
      "This is not a conversation key: use a phone number, an e-mail address or a Facebook id.",
    );
  }
  return exportConversation({
    contactKey: parsed.identifier.value,
    format: format as ExportFormat,
    session,
    clientAddress: clientAddress(request.headers),
  });
});
