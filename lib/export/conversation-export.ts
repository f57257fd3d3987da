import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SignedInSession } from "@/lib/auth/auth";
import { getEnv } from "@/lib/config/env";
import { fetchMessagesPage } from "@/lib/inbox/server/fetch-messages";
import { UPSTREAM_MAX_PER_PAGE } from "@/lib/inbox/server/parse-messages-request";
import { OctopushError } from "@/lib/octopush/errors";
import { describeFailure } from "@/lib/octopush/failures";
import { createExportStream, exportFilename, type ExportFailure, type ExportFormat } from "./stream";

// GET /api/conversations/<key>/export's body: the whole conversation through the
// gateway (cache, de-duplication, call cap, retries), 100 messages per call, in
// Octopush's order (newest first unless OCTOPUSH_LIST_ORDER says otherwise).

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

function describe(error: unknown): ExportFailure {
  if (error instanceof OctopushError) {
    console.error(`[export] ${error.message}`);
    const { code, message } = describeFailure(error);
    return { code, message };
  }
  console.error("[export] unexpected error:", error instanceof Error ? error.name : typeof error);
  return { code: "internal", message: "Something went wrong on the inbox server." };
}

export function exportConversation(input: {
  contactKey: string;
  format: ExportFormat;
  session: SignedInSession;
  clientAddress: string;
}): Response {
  const order = getEnv().octopush.listOrder;
  const now = new Date();
  const body = createExportStream({
    format: input.format,
    contactKey: input.contactKey,
    now: () => now,
    describe,
    async source(page) {
      const result = await fetchMessagesPage({
        page,
        perPage: UPSTREAM_MAX_PER_PAGE,
        filters: { contact: input.contactKey },
      });
      // fetchMessagesPage turns each page newest first; the export keeps Octopush's own order.
      const messages = order === "oldest-first" ? [...result.messages].reverse() : result.messages;
      return { messages, hasMore: result.hasMore };
    },
    onEnd({ count, complete, failure }) {
      void recordAudit({
        action: "conversation.exported",
        actor: { email: input.session.user.email, role: input.session.user.role },
        target: input.contactKey,
        clientAddress: input.clientAddress,
        details: { format: input.format, count, complete, failure: failure?.code },
      });
    },
  });
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[input.format],
      "content-disposition": `attachment; filename="${exportFilename(input.contactKey, input.format, now)}"`,
      "x-content-type-options": "nosniff",
    },
  });
}
