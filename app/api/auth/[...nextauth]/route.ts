// Auth.js endpoints: session, csrf, credentials callback, sign-out. Each sees the
// request at the address the person used (lib/auth/addressed-request.ts).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { asAddressed } from "@/lib/auth/addressed-request";
import { getEnv } from "@/lib/config/env";

export function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(asAddressed(request, getEnv().authUrl !== null));
}

export function POST(request: NextRequest): Promise<Response> {
  return handlers.POST(asAddressed(request, getEnv().authUrl !== null));
}
