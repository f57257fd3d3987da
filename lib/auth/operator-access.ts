import { createHash, timingSafeEqual } from "node:crypto";

// Who may read operator details (the last Octopush outcome on /api/health): a
// monitor holding INBOX_HEALTH_TOKEN (`Authorization: Bearer …`), or a signed-in
// admin (app/api/health checks the session and its role). Anyone else, agents
// included, sees status and mode.

function sameSecret(given: string, expected: string): boolean {
  // Digests first: equal lengths for timingSafeEqual, and no early exit on length.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function hasOperatorToken(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] !== undefined && sameSecret(match[1], token);
}
