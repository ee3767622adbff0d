CREATE TABLE "auth_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
-- Row-level security as for every table holding a user's data (see 0002). While a request resolves who is signing
-- in, only the subject is known, so a session row is also visible through its user's verified subject.
GRANT SELECT, INSERT, UPDATE, DELETE ON auth_sessions TO rehearse_app, rehearse_system;--> statement-breakpoint
ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE auth_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY auth_sessions_owner ON auth_sessions TO rehearse_app
  USING (user_id = app_user_id() OR user_id = (SELECT id FROM users WHERE auth_provider_id = app_subject()))
  WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY auth_sessions_system ON auth_sessions TO rehearse_system USING (true) WITH CHECK (true);
