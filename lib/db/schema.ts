import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

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
    /**
     * The names Octopush gives this person in `agent_assigned_to`, for the "Mine" filter
     * (lib/message-index/); null: the account's own name.
     */
    octopushNames: text("octopush_names").array(),
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

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The message index (lib/message-index/): a copy of recent messages kept beside Octopush
 * for search, the inbox list, unread counts and filters. Not a system of record: the
 * thread view reads Octopush live, and the sync may drop and rebuild these rows.
 */
export const indexedMessages = pgTable(
  "indexed_messages",
  {
    messageId: text("message_id").primaryKey(),
    /**
     * Octopush's order, newest highest. Octopush's messages may carry no date, so the
     * order is where the sync met the message (lib/message-index/sequence.ts).
     */
    seq: doublePrecision("seq").notNull(),
    /** The conversation's canonical key: phone (E.164), else e-mail, else `fid_…`. */
    conversationKey: text("conversation_key").notNull(),
    contactName: text("contact_name"),
    body: text("body"),
    direction: text("direction"),
    channel: text("channel"),
    deliveryStatus: text("delivery_status"),
    /** An outbound message whose delivery failed (lib/inbox/delivery-status.ts). */
    failed: boolean("failed").notNull().default(false),
    agent: text("agent"),
    /** The message's own date, when Octopush gave one. */
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** sentAt, or the date of the nearest newer dated message: for retention and "Failed in 7 days". */
    sortAt: timestamp("sort_at", { withTimezone: true }).notNull(),
    /** Name and text in lower case without accents (normalizeForSearch): what full-text search reads. */
    searchText: text("search_text").notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_text)`),
    indexedAt: timestamp("indexed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("indexed_messages_conversation_idx").on(t.conversationKey, t.seq),
    index("indexed_messages_seq_idx").on(t.seq),
    index("indexed_messages_sort_at_idx").on(t.sortAt),
    index("indexed_messages_search_idx").using("gin", t.search),
  ],
);

/** One row per conversation key, recomputed from indexed_messages by the sync (refreshConversations). */
export const indexedConversations = pgTable(
  "indexed_conversations",
  {
    conversationKey: text("conversation_key").primaryKey(),
    contactName: text("contact_name"),
    lastSeq: doublePrecision("last_seq").notNull(),
    lastMessageId: text("last_message_id").notNull(),
    lastBody: text("last_body"),
    lastDirection: text("last_direction"),
    lastChannel: text("last_channel"),
    lastDeliveryStatus: text("last_delivery_status"),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }),
    lastSortAt: timestamp("last_sort_at", { withTimezone: true }).notNull(),
    /** The newest inbound message's seq: a conversation is unread when it is above the agent's mark. */
    lastInboundSeq: doublePrecision("last_inbound_seq"),
    /** The newest non-empty agent_assigned_to. */
    assignedAgent: text("assigned_agent"),
    channels: text("channels").array().notNull(),
    /** sortAt of the newest failed outbound message. */
    lastFailedAt: timestamp("last_failed_at", { withTimezone: true }),
    messageCount: integer("message_count").notNull(),
  },
  (t) => [index("indexed_conversations_last_seq_idx").on(t.lastSeq)],
);

/**
 * How far each agent has read each conversation (seq of the newest message they had on
 * screen). Keyed by e-mail, the one name every session has (SSO agents may have no row
 * in agents); removing an account removes its marks (lib/accounts/).
 */
export const readMarks = pgTable(
  "read_marks",
  {
    agentEmail: text("agent_email").notNull(),
    conversationKey: text("conversation_key").notNull(),
    readSeq: doublePrecision("read_seq").notNull(),
    /** The mark before the last move forward: "Mark as unread" puts it back (null: nothing was read). */
    previousReadSeq: doublePrecision("previous_read_seq"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agentEmail, t.conversationKey] })],
);

/** The sync's progress and health, one row per index (id "main"). */
export const indexState = pgTable("index_state", {
  id: text("id").primaryKey(),
  /** Which Octopush account the rows came from (credential scope hash): another account starts afresh. */
  accountHash: text("account_hash").notNull(),
  headSeq: doublePrecision("head_seq"),
  tailSeq: doublePrecision("tail_seq"),
  /** The next older page the backfill reads; null once it has reached the end or a limit. */
  backfillPage: integer("backfill_page"),
  /** Bumped whenever rows change: the inbox's live list polls it. */
  version: integer("version").notNull().default(0),
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  /** A failure kind (lib/octopush/failures.ts), never a message body or a key. */
  lastError: text("last_error"),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** Set when the dates the sync reads run against OCTOPUSH_LIST_ORDER. */
  orderWarning: text("order_warning"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const schema = {
  agents,
  agentInvitations,
  auditEvents,
  shareLinks,
  indexedMessages,
  indexedConversations,
  readMarks,
  indexState,
};
export type Schema = typeof schema;
