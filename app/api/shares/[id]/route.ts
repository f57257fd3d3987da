import { errorResponse } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { revokeShare, revokeShareSchema } from "@/lib/sharing/server";

// DELETE /api/shares/<id>: revokes a link now (the agent's own; an admin's: any).
// The next view on any instance reads the revocation from the database.

type Context = { params: Promise<{ id: string }> };

export async function DELETE(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return withSession(async (_request, session) => {
    const parsed = revokeShareSchema.safeParse({ id });
    if (!parsed.success) return errorResponse(400, "invalid_request", "There is no such shared link.");
    const link = await revokeShare(session, parsed.data.id);
    if (!link) return errorResponse(400, "invalid_request", "There is no such shared link.");
    return Response.json({ link });
  })(request);
}
