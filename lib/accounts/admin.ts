import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { errorResponse } from "@/lib/api/errors";
import { requireSession, type SignedInSession } from "@/lib/auth/auth";
import { unauthenticatedResponse } from "@/lib/auth/config";
import { recordAudit, requestClientAddress, type AuditAction } from "@/lib/audit/record";
import { getDb } from "@/lib/db/instance";
import {
  addUser,
  listUsers,
  normalizeEmail,
  removeUser,
  setDisabled,
  setOctopushNames,
  UsersError,
  type PublicUser,
} from "./store";

// What /admin/agents and /api/admin/agents do: only an administrator, never on
// their own account (no one locks the last admin out by a slip of the mouse).

export const FORBIDDEN_MESSAGE = "This is for the inbox's administrators only.";

/** The admin's session, or the response to send instead (401 without a session, 403 for an agent). */
export async function requireAdmin(): Promise<SignedInSession | Response> {
  const session = await requireSession();
  if (!session) return unauthenticatedResponse();
  if (session.user.role !== "admin") return errorResponse(403, "forbidden", FORBIDDEN_MESSAGE);
  return session;
}

export const addAgentSchema = z.object({
  email: z.string().max(320),
  name: z.string().max(200),
  role: z.enum(["agent", "admin"]).default("agent"),
});
export const changeAgentSchema = z.union([
  z.object({ email: z.string().max(320), disabled: z.boolean() }),
  z.object({ email: z.string().max(320), octopushNames: z.array(z.string().max(1000)).max(100) }),
]);
export const removeAgentSchema = z.object({ email: z.string().max(320) });

/** Long enough to be typed once and changed by no one: 16 characters from 96 random bits. */
export function oneTimePassword(): string {
  return randomBytes(12).toString("base64url");
}

export async function listAgents(): Promise<PublicUser[]> {
  return listUsers(await getDb());
}

/** The audit row of an admin's change to an agent (never the one-time password). */
async function auditChange(admin: SignedInSession, action: AuditAction, email: string, role?: string): Promise<void> {
  await recordAudit({
    action,
    actor: { email: admin.user.email, role: admin.user.role },
    target: normalizeEmail(email),
    clientAddress: await requestClientAddress(),
    details: role ? { role, via: "admin page" } : { via: "admin page" },
  });
}

export async function addAgent(
  admin: SignedInSession,
  input: z.infer<typeof addAgentSchema>,
): Promise<{ agent: PublicUser; password: string }> {
  const password = oneTimePassword();
  const agent = await addUser(await getDb(), { ...input, password });
  await auditChange(admin, "agent.added", agent.email, agent.role);
  return { agent, password };
}

function refuseSelf(admin: SignedInSession, email: string): void {
  if (normalizeEmail(email) === admin.user.email)
    throw new UsersError("You cannot disable or remove your own account; ask another administrator.");
}

export async function changeAgent(admin: SignedInSession, email: string, disabled: boolean): Promise<PublicUser> {
  refuseSelf(admin, email);
  const agent = await setDisabled(await getDb(), email, disabled);
  await auditChange(admin, disabled ? "agent.disabled" : "agent.enabled", agent.email);
  return agent;
}

/** The names that make a conversation "Mine" for this agent (an admin may set their own). */
export async function changeOctopushNames(
  admin: SignedInSession,
  email: string,
  names: readonly string[],
): Promise<PublicUser> {
  const agent = await setOctopushNames(await getDb(), email, names);
  await auditChange(admin, "agent.octopush_names", agent.email);
  return agent;
}

export async function removeAgent(admin: SignedInSession, email: string): Promise<void> {
  refuseSelf(admin, email);
  await removeUser(await getDb(), email);
  await auditChange(admin, "agent.removed", email);
}
