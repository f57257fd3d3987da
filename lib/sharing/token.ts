import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// Share tokens: 32 random bytes (256 bits) in base64url, 43 characters. Only the
// SHA-256 of a token is stored, so the table alone opens no link. A token is
// looked up by its hash (an index), which needs no constant-time compare; the
// compare below is for callers that hold a hash already.

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newShareToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Whether a path segment could be a token at all (malformed ones never reach the database). */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(`octopush-share\0${token}`).digest("hex");
}

export function tokenMatchesHash(token: string, hash: string): boolean {
  const a = Buffer.from(hashShareToken(token), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The Octopush account a link belongs to: a hash of the api-login, never the login itself. */
export function shareAccountHash(apiLogin: string): string {
  return createHash("sha256").update(`octopush-account\0${apiLogin}`).digest("hex").slice(0, 32);
}
