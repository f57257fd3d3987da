import { errorResponse } from "@/lib/api/errors";
import { withSession } from "@/lib/api/handler";
import { createShare, createShareSchema, listSharesFor, ShareError } from "@/lib/sharing/server";

// /api/shares: the signed-in agent's shared links (an admin's: everyone's), and
// POST makes one. The token is in the answer once, as the link's path, and
// nowhere else: not stored, not logged.

export const GET = withSession(async (_request, session) => Response.json({ links: await listSharesFor(session) }));

export const POST = withSession(async (request, session) => {
  const parsed = createShareSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return errorResponse(
      400,
      "invalid_request",
      "Send the conversation, a duration and, if you like, a message id and a note.",
    );
  }
  try {
    const { token, link } = await createShare(session, parsed.data);
    return Response.json({ path: `/s/${token}`, link }, { status: 201 });
  } catch (error) {
    if (error instanceof ShareError) return errorResponse(400, "invalid_request", error.message);
    throw error;
  }
});
