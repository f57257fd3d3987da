import { z } from "zod";
import { requireAdmin } from "@/lib/accounts/admin";
import { createInvitation } from "@/lib/accounts/invitations";
import { UsersError } from "@/lib/accounts/store";
import { errorResponse, toErrorResponse } from "@/lib/api/errors";
import { getDb } from "@/lib/db/instance";

// POST /api/admin/invitations: an administrator makes a one-time link, /invite/<token>,
// that expires (lib/accounts/invitations.ts). The token is in this answer only.

const bodySchema = z.object({ email: z.string().max(320), role: z.enum(["agent", "admin"]).default("agent") });

export async function POST(request: Request): Promise<Response> {
  try {
    const admin = await requireAdmin();
    if (admin instanceof Response) return admin;
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return errorResponse(400, "invalid_request", "Send the e-mail address to invite.");
    const invite = await createInvitation(await getDb(), { ...parsed.data, createdBy: admin.user.email });
    return Response.json(
      { path: `/invite/${invite.token}`, email: invite.email, role: invite.role, expiresAt: invite.expiresAt },
      { status: 201, headers: { "cache-control": "private, no-store" } },
    );
  } catch (error) {
    if (error instanceof UsersError) return errorResponse(400, "invalid_request", error.message);
    return toErrorResponse(error);
  }
}
