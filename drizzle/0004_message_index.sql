CREATE TABLE "index_state" (
	"id" text PRIMARY KEY NOT NULL,
	"account_hash" text NOT NULL,
	"head_seq" double precision,
	"tail_seq" double precision,
	"backfill_page" integer,
	"version" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"order_warning" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indexed_conversations" (
	"conversation_key" text PRIMARY KEY NOT NULL,
	"contact_name" text,
	"last_seq" double precision NOT NULL,
	"last_message_id" text NOT NULL,
	"last_body" text,
	"last_direction" text,
	"last_channel" text,
	"last_delivery_status" text,
	"last_sent_at" timestamp with time zone,
	"last_sort_at" timestamp with time zone NOT NULL,
	"last_inbound_seq" double precision,
	"assigned_agent" text,
	"channels" text[] NOT NULL,
	"last_failed_at" timestamp with time zone,
	"message_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indexed_messages" (
	"message_id" text PRIMARY KEY NOT NULL,
	"seq" double precision NOT NULL,
	"conversation_key" text NOT NULL,
	"contact_name" text,
	"body" text,
	"direction" text,
	"channel" text,
	"delivery_status" text,
	"failed" boolean DEFAULT false NOT NULL,
	"agent" text,
	"sent_at" timestamp with time zone,
	"sort_at" timestamp with time zone NOT NULL,
	"search_text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "read_marks" (
	"agent_email" text NOT NULL,
	"conversation_key" text NOT NULL,
	"read_seq" double precision NOT NULL,
	"previous_read_seq" double precision,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "read_marks_agent_email_conversation_key_pk" PRIMARY KEY("agent_email","conversation_key")
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "octopush_names" text[];--> statement-breakpoint
CREATE INDEX "indexed_conversations_last_seq_idx" ON "indexed_conversations" USING btree ("last_seq");--> statement-breakpoint
CREATE INDEX "indexed_messages_conversation_idx" ON "indexed_messages" USING btree ("conversation_key","seq");--> statement-breakpoint
CREATE INDEX "indexed_messages_seq_idx" ON "indexed_messages" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "indexed_messages_sort_at_idx" ON "indexed_messages" USING btree ("sort_at");--> statement-breakpoint
CREATE INDEX "indexed_messages_search_idx" ON "indexed_messages" USING gin ("search");