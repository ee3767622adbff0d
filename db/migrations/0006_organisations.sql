-- Organisations, members, invites and the local email outbox (issue #12); audit events gain the organisation.

CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"invited_by_user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "organisation_invites_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "organisation_invites_role_check" CHECK ("organisation_invites"."role" in ('owner', 'manager', 'reviewer')),
	CONSTRAINT "organisation_invites_status_check" CHECK ("organisation_invites"."status" in ('pending', 'accepted', 'declined', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_members_org_user_unique" UNIQUE("org_id","user_id"),
	CONSTRAINT "organisation_members_role_check" CHECK ("organisation_members"."role" in ('owner', 'manager', 'reviewer'))
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "org_id" uuid;--> statement-breakpoint
ALTER TABLE "organisation_invites" ADD CONSTRAINT "organisation_invites_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invites" ADD CONSTRAINT "organisation_invites_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_created_idx" ON "email_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_invites_pending_email_idx" ON "organisation_invites" USING btree ("org_id","email") WHERE "organisation_invites"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "organisation_invites_invited_by_idx" ON "organisation_invites" USING btree ("invited_by_user_id");--> statement-breakpoint
CREATE INDEX "organisation_members_user_idx" ON "organisation_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_org_created_idx" ON "audit_events" USING btree ("org_id","created_at" DESC NULLS LAST,"seq" DESC NULLS LAST);--> statement-breakpoint
-- Row-level security for organisations (issue #12): the second wall behind every query's own organisation filter.
-- A request acting in an organisation sets app.org_id, and then every organisation table shows that organisation's
-- rows and no other, even to a query with no filter at all. Only a request with no organisation in scope (the
-- header's list of my organisations, the invite page) sees beyond one: its own memberships, and the one invite whose
-- token it holds (app.token_hash, the SHA-256 of the link's token).
CREATE OR REPLACE FUNCTION app_org_id() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_token_hash() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.token_hash', true), '') $$;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, organisation_members, organisation_invites TO rehearse_app, rehearse_system;--> statement-breakpoint
GRANT SELECT, INSERT ON email_outbox TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON email_outbox TO rehearse_system;--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_members ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_members FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_invites ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_invites FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE email_outbox ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE email_outbox FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Creating an organisation scopes the transaction to its new id first, so the insert (and its RETURNING) passes.
CREATE POLICY organisations_scoped ON organisations TO rehearse_app
  USING (
    id = app_org_id()
    OR (app_org_id() IS NULL AND (
      id IN (SELECT org_id FROM organisation_members WHERE user_id = app_user_id())
      OR id IN (SELECT org_id FROM organisation_invites WHERE token_hash = app_token_hash())
    ))
  )
  WITH CHECK (id = app_org_id());--> statement-breakpoint
CREATE POLICY organisation_members_scoped ON organisation_members TO rehearse_app
  USING (org_id = app_org_id() OR (app_org_id() IS NULL AND user_id = app_user_id()))
  WITH CHECK (org_id = app_org_id());--> statement-breakpoint
CREATE POLICY organisation_invites_scoped ON organisation_invites TO rehearse_app
  USING (org_id = app_org_id() OR (app_org_id() IS NULL AND token_hash = app_token_hash()))
  WITH CHECK (org_id = app_org_id());--> statement-breakpoint
-- Members see each other's name and email, and an invite's holder sees who sent it; nothing else of other users.
CREATE POLICY users_fellow_members ON users FOR SELECT TO rehearse_app
  USING (
    id IN (SELECT user_id FROM organisation_members WHERE org_id = app_org_id())
    OR id IN (SELECT invited_by_user_id FROM organisation_invites)
  );--> statement-breakpoint
-- An organisation's audit log is readable in its scope (the service shows it to owners only); writes stay the actor's.
CREATE POLICY audit_events_organisation ON audit_events FOR SELECT TO rehearse_app
  USING (org_id = app_org_id());--> statement-breakpoint
-- The outbox exists for local mode, where every email is the developer's own; production sends through Resend.
CREATE POLICY email_outbox_local ON email_outbox TO rehearse_app USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY organisations_system ON organisations TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY organisation_members_system ON organisation_members TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY organisation_invites_system ON organisation_invites TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY email_outbox_system ON email_outbox TO rehearse_system USING (true) WITH CHECK (true);
