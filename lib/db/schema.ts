import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

// The inbox's one schema. drizzle-kit turns changes here into SQL under drizzle/
// (`npm run db:generate`); the SQL must run on PostgreSQL 15 and on PGlite (18).

export const AGENT_ROLES = ["agent", "admin"] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
};

/** The people who can sign in. SSO agents have no password hash. */
export const agents = pgTable(
  "agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** `scrypt$N$r$p$salt$hash` (lib/accounts/password.ts); null: signs in through SSO only. */
    passwordHash: text("password_hash"),
    role: text("role", { enum: AGENT_ROLES }).notNull().default("agent"),
    /** The language the agent chose with the switch (lib/i18n/preference.ts); null: never chosen. */
    locale: text("locale"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    ...timestamps,
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("agents_email_key").on(t.email),
    check("agents_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("agents_role_known", sql`${t.role} in ('agent', 'admin')`),
    check("agents_locale_known", sql`${t.locale} in ('en', 'fr')`),
  ],
);

/** A link an admin sends so a person sets their own password; only the token's hash is kept. */
export const agentInvitations = pgTable(
  "agent_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: AGENT_ROLES }).notNull().default("agent"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => agents.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("agent_invitations_token_hash_key").on(t.tokenHash),
    index("agent_invitations_email_idx").on(t.email),
    check("agent_invitations_role_known", sql`${t.role} in ('agent', 'admin')`),
  ],
);

/**
 * Who did what, when, from where (lib/audit/). Never a password, token, hash or
 * message text: `details` holds only the small, non-secret facts lib/audit/events.ts lets through.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Null when no one is known (a refused sign-in without an e-mail, the CLI). */
    actorEmail: text("actor_email"),
    /** "agent" | "admin", "anonymous" (not signed in) or "cli" (`npm run users`). */
    actorRole: text("actor_role").notNull(),
    action: text("action").notNull(),
    /** A conversation key, an agent's e-mail or a share id. */
    target: text("target"),
    clientAddress: text("client_address"),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_actor_idx").on(t.actorEmail, t.at),
    index("audit_events_action_idx").on(t.action, t.at),
  ],
);

/**
 * A read-only link to one conversation for someone without an account (/s/<token>).
 * Only the token's SHA-256 is kept; the row binds it to the Octopush account, the
 * conversation, the scope and the expiry, and counts the views (lib/sharing/).
 */
export const shareLinks = pgTable(
  "share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    /** credentialScope-style hash of the Octopush api-login: a link never reads another account. */
    accountHash: text("account_hash").notNull(),
    /** The conversation's canonical key (a phone number, an e-mail address...). */
    conversationKey: text("conversation_key").notNull(),
    /** Null: the whole conversation; otherwise this message and the newer ones. */
    fromMessageId: text("from_message_id"),
    /** That message's time: the visitor sees messages from this instant on (null with the whole conversation). */
    fromSentAt: timestamp("from_sent_at", { withTimezone: true }),
    note: text("note"),
    /** The creating agent's e-mail, kept when the agent is removed. */
    createdBy: text("created_by").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    viewCount: integer("view_count").notNull().default(0),
    lastViewedAt: timestamp("last_viewed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("share_links_token_hash_key").on(t.tokenHash),
    index("share_links_created_by_idx").on(t.createdBy, t.createdAt),
  ],
);

export const schema = { agents, agentInvitations, auditEvents, shareLinks };
export type Schema = typeof schema;
