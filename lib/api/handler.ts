import "server-only";

import type { Session } from "next-auth";
import { auth } from "@/lib/auth";
import { errorResponse, toErrorResponse } from "./errors";

type Handler = (request: Request, session: Session) => Promise<Response>;

/**
 * Every data route goes through this: the session is checked here, not only in
 * proxy.ts, and every error becomes the one error body.
 */
export function withSession(handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const session = await auth();
      if (!session?.user) return errorResponse(401, "unauthenticated", "Sign in to continue.");
      const response = await handler(request, session);
      response.headers.set("cache-control", "private, no-store");
      return response;
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
