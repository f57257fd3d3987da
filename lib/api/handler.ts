import "server-only";

import { requireSession, type SignedInSession } from "@/lib/auth/auth";
import { unauthenticatedResponse } from "@/lib/auth/config";
import { toErrorResponse } from "./errors";

type Handler = (request: Request, session: SignedInSession) => Promise<Response>;

/**
 * Every data route goes through this: the session is checked here, not only in
 * proxy.ts, and every error becomes the one error body.
 */
export function withSession(handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const session = await requireSession();
      if (!session) return unauthenticatedResponse();
      const response = await handler(request, session);
      response.headers.set("cache-control", "private, no-store");
      return response;
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
