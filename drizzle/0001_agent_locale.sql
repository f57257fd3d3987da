ALTER TABLE "agents" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_locale_known" CHECK ("agents"."locale" in ('en', 'fr'));