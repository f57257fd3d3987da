import "server-only";
import { forbidden, redirect } from "next/navigation";
import { requireSession, type SignedInSession } from "./auth";

/**
 * For the /admin/* pages: the signed-in administrator's session. Signed out: to the
 * sign-in page, back to `path` after; an agent: the 403 page (app/forbidden.tsx).
 */
export async function requireAdminPage(path: string): Promise<SignedInSession> {
  const session = await requireSession();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (session.user.role !== "admin") forbidden();
  return session;
}
