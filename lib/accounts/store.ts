import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { agents, type AgentRole } from "@/lib/db/schema";
import { getDummyHash, hashPassword, verifyPassword } from "./password";
import { readUsersFile, UsersFileError } from "./users-file";
import { accountsChanged } from "./verdict-cache";

// The agents' accounts, in the store's `agents` table (lib/db/schema.ts).
// Deliberately has no `import "server-only"`: the `npm run users` CLI (tsx) and
// Vitest load it outside the react-server condition, where that package throws.
// Server code imports it through lib/accounts/accounts.ts, which does carry the guard.

export { hashPassword, verifyPassword } from "./password";
export type { AgentRole } from "@/lib/db/schema";

export const MIN_PASSWORD_LENGTH = 10;

/** What callers may print or put in a session: never the hash. */
export interface PublicUser {
  email: string;
  name: string;
  role: AgentRole;
  /** ISO time; null while the agent may sign in. */
  disabledAt: string | null;
  createdAt: string;
  /** False for an agent who signs in through SSO only. */
  hasPassword: boolean;
  /** The names Octopush gives this agent in agent_assigned_to ("Mine"); empty: the account's name. */
  octopushNames: string[];
}

export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Not a valid e-mail address." })),
  name: z.string().trim().min(1, "A name is required.").max(100, "The name is longer than 100 characters."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1024, "The password is longer than 1024 characters."),
  role: z.enum(["agent", "admin"]).default("agent"),
});
export type NewUser = z.input<typeof newUserSchema>;

/** A refusal a person can act on (bad input, duplicate, unknown user). */
export class UsersError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsersError";
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type AgentRow = typeof agents.$inferSelect;

function toPublic(row: AgentRow): PublicUser {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    hasPassword: row.passwordHash !== null,
    octopushNames: row.octopushNames ?? [],
  };
}

async function findAgent(db: Db, email: string): Promise<AgentRow | undefined> {
  const [row] = await db
    .select()
    .from(agents)
    .where(eq(agents.email, normalizeEmail(email)))
    .limit(1);
  return row;
}

export async function addUser(db: Db, input: NewUser): Promise<PublicUser> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new UsersError(parsed.error.issues.map((i) => i.message).join(" "));
  const { email, name, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  const [row] = await db
    .insert(agents)
    .values({ email, name, passwordHash, role })
    .onConflictDoNothing({ target: agents.email })
    .returning();
  if (!row) throw new UsersError(`A user with e-mail ${email} already exists.`);
  accountsChanged();
  return toPublic(row);
}

export async function removeUser(db: Db, email: string): Promise<void> {
  const target = normalizeEmail(email);
  const removed = await db.delete(agents).where(eq(agents.email, target)).returning({ email: agents.email });
  accountsChanged();
  if (removed.length === 0) throw new UsersError(`No user with e-mail ${target}.`);
}

/** Disables (the agent's sessions end at their next request) or re-enables an account. */
export async function setDisabled(db: Db, email: string, disabled: boolean): Promise<PublicUser> {
  const target = normalizeEmail(email);
  const [row] = await db
    .update(agents)
    .set({
      // Disabling twice keeps the first time.
      disabledAt: disabled ? sql`coalesce(${agents.disabledAt}, now())` : null,
      updatedAt: sql`now()`,
    })
    .where(eq(agents.email, target))
    .returning();
  accountsChanged();
  if (!row) throw new UsersError(`No user with e-mail ${target}.`);
  return toPublic(row);
}

export const MAX_OCTOPUSH_NAMES = 10;

/** Sets the names Octopush uses for this agent (trimmed, without duplicates); none: the account's name again. */
export async function setOctopushNames(db: Db, email: string, names: readonly string[]): Promise<PublicUser> {
  const target = normalizeEmail(email);
  const clean = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (clean.length > MAX_OCTOPUSH_NAMES) throw new UsersError(`Give at most ${MAX_OCTOPUSH_NAMES} Octopush names.`);
  if (clean.some((n) => n.length > 200)) throw new UsersError("An Octopush name is longer than 200 characters.");
  const [row] = await db
    .update(agents)
    .set({ octopushNames: clean.length > 0 ? clean : null, updatedAt: sql`now()` })
    .where(eq(agents.email, target))
    .returning();
  accountsChanged();
  if (!row) throw new UsersError(`No user with e-mail ${target}.`);
  return toPublic(row);
}

export async function listUsers(db: Db): Promise<PublicUser[]> {
  return (await db.select().from(agents).orderBy(asc(agents.createdAt), asc(agents.email))).map(toPublic);
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(agents);
  return row?.n ?? 0;
}

/** Whether anyone can sign in with a password (the login page hides the form otherwise, when SSO exists). */
export async function hasPasswordAccounts(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ email: agents.email })
    .from(agents)
    .where(and(isNotNull(agents.passwordHash), isNull(agents.disabledAt)))
    .limit(1);
  return row !== undefined;
}

export interface VerifiedAgent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
}

export type CredentialsVerdict =
  { ok: true; agent: VerifiedAgent } | { ok: false; reason: "wrong_password" | "disabled" };

/** Checks a password; an unknown e-mail costs the same time as a known one. A disabled agent is refused. */
export async function checkCredentials(db: Db, email: string, password: string): Promise<CredentialsVerdict> {
  const row = await findAgent(db, email);
  if (!row?.passwordHash) {
    await verifyPassword(password, await getDummyHash());
    return { ok: false, reason: "wrong_password" };
  }
  if (!(await verifyPassword(password, row.passwordHash))) return { ok: false, reason: "wrong_password" };
  if (row.disabledAt) return { ok: false, reason: "disabled" };
  return { ok: true, agent: { id: row.id, email: row.email, name: row.name, role: row.role } };
}

/** The agent, or null for a wrong password, an unknown e-mail or a disabled account alike. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<VerifiedAgent | null> {
  const verdict = await checkCredentials(db, email, password);
  return verdict.ok ? verdict.agent : null;
}

export type AccountStatus =
  { kind: "active"; role: AgentRole; name: string } | { kind: "disabled" } | { kind: "missing" };

/** Asked on every request with a session (lib/auth/account-check.ts). */
export async function accountStatus(db: Db, email: string): Promise<AccountStatus> {
  const [row] = await db
    .select({ role: agents.role, name: agents.name, disabledAt: agents.disabledAt })
    .from(agents)
    .where(eq(agents.email, normalizeEmail(email)))
    .limit(1);
  if (!row) return { kind: "missing" };
  if (row.disabledAt) return { kind: "disabled" };
  return { kind: "active", role: row.role, name: row.name };
}

/**
 * An SSO identity the allow-list admitted: its account, created on first sign-in
 * as an agent without a password. A disabled account stays disabled.
 */
export async function ensureSsoAgent(db: Db, email: string, name: string): Promise<AccountStatus> {
  const target = normalizeEmail(email);
  await db
    .insert(agents)
    .values({ email: target, name: name.trim().slice(0, 100) || target, role: "agent" })
    .onConflictDoNothing({ target: agents.email });
  accountsChanged();
  return accountStatus(db, target);
}

export interface ImportReport {
  imported: string[];
  /** E-mails already in the store: left as they are. */
  skipped: string[];
}

/** Moves accounts from a users.json written by the former CLI, hashes and creation times included. Idempotent. */
export async function importUsersFile(db: Db, file: string): Promise<ImportReport> {
  let data;
  try {
    data = await readUsersFile(file);
  } catch (error) {
    if (error instanceof UsersFileError) throw new UsersError(error.message);
    throw error;
  }
  if (!data) throw new UsersError(`${file} does not exist.`);
  const report: ImportReport = { imported: [], skipped: [] };
  for (const user of data.users) {
    const email = normalizeEmail(user.email);
    const createdAt = new Date(user.createdAt);
    const [row] = await db
      .insert(agents)
      .values({
        email,
        name: user.name,
        passwordHash: user.passwordHash,
        role: "agent",
        ...(Number.isNaN(createdAt.getTime()) ? {} : { createdAt, updatedAt: createdAt }),
      })
      .onConflictDoNothing({ target: agents.email })
      .returning({ email: agents.email });
    (row ? report.imported : report.skipped).push(email);
  }
  accountsChanged();
  return report;
}
