// The audit trail's vocabulary and the one function that turns an event into a
// row. Pure, so the CLI, the server and the tests share it. Whatever reaches a
// row goes through `safeDetails`: only short scalar facts under known-harmless
// keys, so a password, a token, a hash or a message's text cannot slip in.

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_refused",
  "auth.sign_out",
  "conversation.exported",
  "agent.added",
  "agent.disabled",
  "agent.enabled",
  "agent.removed",
  "agent.octopush_names",
  "share.created",
  "share.viewed",
  "share.revoked",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const ACTOR_ROLES = ["agent", "admin", "anonymous", "cli"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export type AuditDetailValue = string | number | boolean | null;

/** What a caller hands to recordAudit. */
export interface AuditEvent {
  action: AuditAction;
  /** The person acting: null e-mail when unknown (a refused sign-in without one, the CLI). */
  actor: { email: string | null; role: ActorRole };
  /** A conversation key, an agent's e-mail or a share id (never the share's token). */
  target?: string | null;
  /** The client's address as lib/auth/client-address.ts reads it. */
  clientAddress?: string | null;
  /**
   * Small facts: a format, a count, a reason, an expiry. Keys that name a secret
   * or a text (password, token, hash, secret, text, body, note, message...) are dropped.
   */
  details?: Record<string, AuditDetailValue | undefined>;
  /** Defaults to now. */
  at?: Date;
}

export interface AuditRow {
  at: Date;
  actorEmail: string | null;
  actorRole: ActorRole;
  action: AuditAction;
  target: string | null;
  clientAddress: string | null;
  details: Record<string, AuditDetailValue>;
}

const MAX_DETAILS = 12;
const MAX_KEY = 40;
const MAX_VALUE = 200;
const SECRET_KEY = /pass|token|hash|secret|cookie|credential|text|body|note|content|api_?key|^key$|^message$/i;
/** Values that look like one of our tokens or hashes are dropped even under a harmless key. */
const SECRET_VALUE = /^(scrypt\$|\$2[aby]\$|eyJ)|[A-Za-z0-9_-]{32,}/;

function clip(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  return value.length > max ? value.slice(0, max) : value;
}

export function safeDetails(details: AuditEvent["details"]): Record<string, AuditDetailValue> {
  const out: Record<string, AuditDetailValue> = {};
  let kept = 0;
  for (const [key, value] of Object.entries(details ?? {})) {
    if (kept >= MAX_DETAILS) break;
    if (value === undefined || key.length > MAX_KEY || SECRET_KEY.test(key)) continue;
    if (typeof value === "string") {
      if (SECRET_VALUE.test(value)) continue;
      out[key] = clip(value, MAX_VALUE);
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) continue;
      out[key] = value;
    } else if (typeof value === "boolean" || value === null) {
      out[key] = value;
    } else {
      continue;
    }
    kept += 1;
  }
  return out;
}

/** The row written for an event; lengths are bounded so a hostile input cannot bloat the table. */
export function toAuditRow(event: AuditEvent, now: Date = new Date()): AuditRow {
  return {
    at: event.at ?? now,
    actorEmail: clip(event.actor.email, 320),
    actorRole: event.actor.role,
    action: event.action,
    target: clip(event.target, 320),
    clientAddress: clip(event.clientAddress, 64),
    details: safeDetails(event.details),
  };
}

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : S;
/** The action's key in the catalogs' `audit.action` (message keys cannot hold dots). */
export type AuditActionKey = Underscored<AuditAction>;
export function auditActionKey(action: AuditAction): AuditActionKey {
  return action.replace(".", "_") as AuditActionKey;
}
