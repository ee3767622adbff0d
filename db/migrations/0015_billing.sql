CREATE TABLE "organisation_billing" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"stripe_customer_id" text NOT NULL,
	"stripe_subscription_id" text,
	"plan" text,
	"status" text DEFAULT 'none' NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"stripe_state_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_billing_stripe_customer_id_unique" UNIQUE("stripe_customer_id"),
	CONSTRAINT "organisation_billing_stripe_subscription_id_unique" UNIQUE("stripe_subscription_id"),
	CONSTRAINT "organisation_billing_status_check" CHECK ("organisation_billing"."status" in ('none', 'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'))
);
--> statement-breakpoint
CREATE TABLE "organisation_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"period_start" date NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organisation_usage_period_unique" UNIQUE("org_id","metric","period_start"),
	CONSTRAINT "organisation_usage_used_check" CHECK ("organisation_usage"."used" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_billing" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"stripe_customer_id" text NOT NULL,
	"stripe_subscription_id" text,
	"plan" text,
	"status" text DEFAULT 'none' NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"stripe_state_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_billing_stripe_customer_id_unique" UNIQUE("stripe_customer_id"),
	CONSTRAINT "user_billing_stripe_subscription_id_unique" UNIQUE("stripe_subscription_id"),
	CONSTRAINT "user_billing_status_check" CHECK ("user_billing"."status" in ('none', 'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'))
);
--> statement-breakpoint
CREATE TABLE "user_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"period_start" date NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "user_usage_period_unique" UNIQUE("user_id","metric","period_start"),
	CONSTRAINT "user_usage_used_check" CHECK ("user_usage"."used" >= 0)
);
--> statement-breakpoint
ALTER TABLE "organisation_billing" ADD CONSTRAINT "organisation_billing_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_usage" ADD CONSTRAINT "organisation_usage_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_billing" ADD CONSTRAINT "user_billing_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_usage" ADD CONSTRAINT "user_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stripe_events_applied_idx" ON "stripe_events" USING btree ("applied_at");--> statement-breakpoint
-- A payer's billing row and usage are read under its own scope (the user's, or the organisation's); only the system
-- role (webhooks, checkout bookkeeping) writes subscription state. Usage is counted by the app role in the payer's
-- scope, so a request can spend its own allowance and nobody else's.
GRANT SELECT ON user_billing, organisation_billing TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON user_usage, organisation_usage TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON user_billing, organisation_billing, user_usage, organisation_usage, stripe_events TO rehearse_system;--> statement-breakpoint
ALTER TABLE user_billing ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE user_billing FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_billing ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_billing FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE user_usage ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE user_usage FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_usage ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisation_usage FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE stripe_events ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE stripe_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY user_billing_owner ON user_billing FOR SELECT TO rehearse_app USING (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY user_usage_owner ON user_usage TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY organisation_billing_scoped ON organisation_billing FOR SELECT TO rehearse_app USING (org_id = app_org_id());--> statement-breakpoint
CREATE POLICY organisation_usage_scoped ON organisation_usage TO rehearse_app
  USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());--> statement-breakpoint
CREATE POLICY user_billing_system ON user_billing TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY organisation_billing_system ON organisation_billing TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY user_usage_system ON user_usage TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY organisation_usage_system ON organisation_usage TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY stripe_events_system ON stripe_events TO rehearse_system USING (true) WITH CHECK (true);
