import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { shareLinks } from "@/lib/db/schema";
import { linkState, type LinkState } from "./expiry";
import { hashShareToken, isWellFormedToken, newShareToken } from "./token";

// The share_links table (lib/db/schema.ts). No "server-only" guard, so Vitest and
// the e2e helpers use it; server code goes through lib/sharing/server.ts.

export type ShareLinkRow = typeof shareLinks.$inferSelect;

/** What the agents' pages show of a link: never the token or its hash. */
export interface ShareLinkSummary {
  id: string;
  conversationKey: string;
  fromMessageId: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  viewCount: number;
  lastViewedAt: string | null;
  state: LinkState;
}

export interface NewShareLink {
  accountHash: string;
  conversationKey: string;
  fromMessageId: string | null;
  fromSentAt: Date | null;
  note: string | null;
  createdBy: string;
  expiresAt: Date;
}

export function toSummary(row: ShareLinkRow, now = new Date()): ShareLinkSummary {
  return {
    id: row.id,
    conversationKey: row.conversationKey,
    fromMessageId: row.fromMessageId,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    viewCount: row.viewCount,
    lastViewedAt: row.lastViewedAt?.toISOString() ?? null,
    state: linkState(row, now),
  };
}

/** Makes a link; the token is returned once, here, and never stored. */
export async function createShareLink(db: Db, input: NewShareLink): Promise<{ token: string; link: ShareLinkSummary }> {
  const token = newShareToken();
  const [row] = await db
    .insert(shareLinks)
    .values({ ...input, tokenHash: hashShareToken(token) })
    .returning();
  if (!row) throw new Error("the share link was not stored");
  return { token, link: toSummary(row) };
}

export type ShareLookup =
  { kind: "unknown" } | { kind: "gone"; row: ShareLinkRow } | { kind: "active"; row: ShareLinkRow };

/**
 * Reads the link behind a token from the database, every time (no cache): a
 * revocation on any instance holds on the next request. A link of another
 * Octopush account is unknown here.
 */
export async function lookupShareLink(
  db: Db,
  token: string,
  accountHash: string,
  now = new Date(),
): Promise<ShareLookup> {
  if (!isWellFormedToken(token)) return { kind: "unknown" };
  const [row] = await db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hashShareToken(token)))
    .limit(1);
  if (!row || row.accountHash !== accountHash) return { kind: "unknown" };
  return linkState(row, now) === "active" ? { kind: "active", row } : { kind: "gone", row };
}

/** One more view, counted in the database (one statement: views on several instances add up). */
export async function recordShareView(db: Db, id: string, now = new Date()): Promise<void> {
  await db
    .update(shareLinks)
    .set({ viewCount: sql`${shareLinks.viewCount} + 1`, lastViewedAt: now })
    .where(eq(shareLinks.id, id));
}

/** Newest first; `createdBy` null: everyone's (administrators). */
export async function listShareLinks(
  db: Db,
  options: { createdBy: string | null; limit?: number },
): Promise<ShareLinkSummary[]> {
  const rows = await db
    .select()
    .from(shareLinks)
    .where(options.createdBy === null ? undefined : eq(shareLinks.createdBy, options.createdBy))
    .orderBy(desc(shareLinks.createdAt))
    .limit(options.limit ?? 500);
  const now = new Date();
  return rows.map((row) => toSummary(row, now));
}

/**
 * Revokes a link now. `createdBy` null: any link (administrators); otherwise only
 * the agent's own. Returns the link, or null when there is no such link for this caller.
 * Revoking twice keeps the first time.
 */
export async function revokeShareLink(
  db: Db,
  id: string,
  options: { createdBy: string | null; now?: Date },
): Promise<ShareLinkSummary | null> {
  const mine = options.createdBy === null ? undefined : eq(shareLinks.createdBy, options.createdBy);
  await db
    .update(shareLinks)
    .set({ revokedAt: options.now ?? new Date() })
    .where(and(eq(shareLinks.id, id), isNull(shareLinks.revokedAt), mine));
  const [row] = await db
    .select()
    .from(shareLinks)
    .where(and(eq(shareLinks.id, id), mine))
    .limit(1);
  return row ? toSummary(row) : null;
}
