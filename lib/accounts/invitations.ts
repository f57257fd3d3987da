import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { agentInvitations, agents, type AgentRole } from "@/lib/db/schema";
import { hashPassword } from "./password";
import { newUserSchema, normalizeEmail, UsersError, type PublicUser } from "./store";
import { accountsChanged } from "./verdict-cache";

// Invitation links (/invite/<token>): an administrator names an e-mail and a role,
// the person opens the link once, before it expires, and sets their own name and
// password. Only the token's SHA-256 is stored, so the table cannot be replayed.
// No "server-only" guard, like store.ts: Vitest loads it.

export const INVITATION_TTL_HOURS = 72;

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface Invitation {
  email: string;
  role: AgentRole;
  expiresAt: Date;
}

export async function createInvitation(
  db: Db,
  input: { email: string; role: AgentRole; createdBy?: string | null },
  now = new Date(),
): Promise<Invitation & { token: string }> {
  const parsed = newUserSchema.shape.email.safeParse(input.email);
  if (!parsed.success) throw new UsersError("Not a valid e-mail address.");
  const email = parsed.data;
  const [existing] = await db.select({ email: agents.email }).from(agents).where(eq(agents.email, email)).limit(1);
  if (existing) throw new UsersError(`A user with e-mail ${email} already exists.`);
  let createdBy: string | null = null;
  if (input.createdBy) {
    const [row] = await db
      .select({ id: agents.id })
      .from(agents)
      .where(eq(agents.email, normalizeEmail(input.createdBy)))
      .limit(1);
    createdBy = row?.id ?? null;
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_HOURS * 3600_000);
  await db
    .insert(agentInvitations)
    .values({ tokenHash: tokenHash(token), email, role: input.role, expiresAt, createdBy });
  return { token, email, role: input.role, expiresAt };
}

/** The invitation behind a link, or null when it is unknown, used or expired. */
export async function findInvitation(db: Db, token: string, now = new Date()): Promise<Invitation | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({ email: agentInvitations.email, role: agentInvitations.role, expiresAt: agentInvitations.expiresAt })
    .from(agentInvitations)
    .where(
      and(
        eq(agentInvitations.tokenHash, tokenHash(token)),
        isNull(agentInvitations.usedAt),
        gt(agentInvitations.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const INVITATION_INVALID = "This invitation link is not valid any more: ask an administrator for a new one.";

/** Creates the account and spends the link, both or neither. */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<PublicUser> {
  const invitation = await findInvitation(db, token, now);
  if (!invitation) throw new UsersError(INVITATION_INVALID);
  const parsed = newUserSchema.safeParse({ email: invitation.email, ...input });
  if (!parsed.success) throw new UsersError(parsed.error.issues.map((i) => i.message).join(" "));
  const passwordHash = await hashPassword(parsed.data.password);
  const created = await db.transaction(async (tx) => {
    // Spent first, conditionally: of two tabs submitting at once, one wins.
    const spent = await tx
      .update(agentInvitations)
      .set({ usedAt: sql`now()` })
      .where(and(eq(agentInvitations.tokenHash, tokenHash(token)), isNull(agentInvitations.usedAt)))
      .returning({ email: agentInvitations.email });
    if (spent.length === 0) throw new UsersError(INVITATION_INVALID);
    const [row] = await tx
      .insert(agents)
      .values({ email: invitation.email, name: parsed.data.name, passwordHash, role: invitation.role })
      .onConflictDoNothing({ target: agents.email })
      .returning();
    if (!row) throw new UsersError(`A user with e-mail ${invitation.email} already exists.`);
    return {
      email: row.email,
      name: row.name,
      role: row.role,
      disabledAt: null,
      createdAt: row.createdAt.toISOString(),
      hasPassword: true,
      octopushNames: [],
    };
  });
  accountsChanged();
  return created;
}
