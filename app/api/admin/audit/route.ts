// GET /api/admin/audit: the audit trail for administrators (agents get 403), one page as JSON,
// or with format=csv every row matching the filters, streamed.
import { requireAdmin } from "@/lib/accounts/admin";
import { errorResponse, toErrorResponse } from "@/lib/api/errors";
import { auditCsvStream, readAuditPage } from "@/lib/audit/admin";
import { parseAuditFilters } from "@/lib/audit/filters";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const admin = await requireAdmin();
    if (admin instanceof Response) return admin;
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "json";
    if (format !== "json" && format !== "csv")
      return errorResponse(400, "invalid_request", "format must be json or csv.");
    const { filters, page } = parseAuditFilters(params);
    if (format === "csv") {
      const day = new Date().toISOString().slice(0, 10);
      return new Response(await auditCsvStream(filters), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="audit-${day}.csv"`,
          "cache-control": "private, no-store",
        },
      });
    }
    const result = await readAuditPage(filters, page);
    return Response.json({ ...result, filters }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
