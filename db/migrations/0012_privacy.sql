CREATE TABLE "account_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"practice_retention" text DEFAULT 'keep' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_settings_practice_retention_check" CHECK ("account_settings"."practice_retention" in ('keep', '90d', '1y'))
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job" text NOT NULL,
	"trigger" text NOT NULL,
	"outcome" text NOT NULL,
	"rows_affected" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer NOT NULL,
	"error" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "job_runs_outcome_check" CHECK ("job_runs"."outcome" in ('succeeded', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "sign_in_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" text,
	"method" text NOT NULL,
	"device" text,
	"browser" text,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "sign_in_events_method_check" CHECK ("sign_in_events"."method" in ('local', 'clerk'))
);
--> statement-breakpoint
ALTER TABLE "account_settings" ADD CONSTRAINT "account_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_in_events" ADD CONSTRAINT "sign_in_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_runs_job_started_idx" ON "job_runs" USING btree ("job","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sign_in_events_user_created_idx" ON "sign_in_events" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sign_in_events_created_idx" ON "sign_in_events" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_in_events_session_unique" ON "sign_in_events" USING btree ("session_id") WHERE "sign_in_events"."session_id" is not null;--> statement-breakpoint
-- Sign-ins and settings are the user's own: the app role sees and writes only its user's rows. Sign-ins are
-- append-only for the app (no UPDATE or DELETE grant); the retention job and account deletion run as the system role.
GRANT SELECT, INSERT ON sign_in_events TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON account_settings TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_events, account_settings, job_runs TO rehearse_system;--> statement-breakpoint
ALTER TABLE sign_in_events ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE sign_in_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE account_settings ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE account_settings FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE job_runs ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE job_runs FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY sign_in_events_owner ON sign_in_events TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY account_settings_owner ON account_settings TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY sign_in_events_system ON sign_in_events TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY account_settings_system ON account_settings TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY job_runs_system ON job_runs TO rehearse_system USING (true) WITH CHECK (true);
