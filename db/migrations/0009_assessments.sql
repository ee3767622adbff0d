-- Assessments (issue #13): what a team asks, whom it invites, what comes back; organisations gain a retention period.

CREATE TABLE "assessment_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"invite_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"answer_text" text NOT NULL,
	"mode" text NOT NULL,
	"duration_ms" integer,
	"overran" boolean DEFAULT false NOT NULL,
	"retakes_used" integer DEFAULT 0 NOT NULL,
	"delivery" jsonb,
	"evaluation" jsonb,
	"engine" text,
	"model" text,
	"rubric_version" text,
	"overall_score" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_answers_attempt_position_unique" UNIQUE("attempt_id","position"),
	CONSTRAINT "assessment_answers_mode_check" CHECK ("assessment_answers"."mode" in ('typed', 'voice'))
);
--> statement-breakpoint
CREATE TABLE "assessment_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"invite_id" uuid NOT NULL,
	"device_hash" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"superseded_at" timestamp with time zone,
	"consent_version" text NOT NULL,
	"consent_ip_hash" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"integrity" jsonb,
	CONSTRAINT "assessment_attempts_status_check" CHECK ("assessment_attempts"."status" in ('in_progress', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "assessment_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"competencies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text NOT NULL,
	"bank_id" text,
	"time_limit_seconds" integer DEFAULT 180 NOT NULL,
	"time_limit_mode" text DEFAULT 'soft' NOT NULL,
	"modes" text DEFAULT 'both' NOT NULL,
	"retakes" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_questions_source_check" CHECK ("assessment_questions"."source" in ('bank', 'custom', 'generated')),
	CONSTRAINT "assessment_questions_time_mode_check" CHECK ("assessment_questions"."time_limit_mode" in ('soft', 'hard')),
	CONSTRAINT "assessment_questions_modes_check" CHECK ("assessment_questions"."modes" in ('typed', 'voice', 'both')),
	CONSTRAINT "assessment_questions_retakes_check" CHECK ("assessment_questions"."retakes" between 0 and 3),
	CONSTRAINT "assessment_questions_time_limit_check" CHECK ("assessment_questions"."time_limit_seconds" between 30 and 1800)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"role_title" text NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"proctoring" boolean DEFAULT false NOT NULL,
	"practice_question" boolean DEFAULT true NOT NULL,
	"deadline_at" timestamp with time zone,
	"deadline_days" integer,
	"job_description" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "assessments_deadline_check" CHECK (("assessments"."deadline_at" is null) <> ("assessments"."deadline_days" is null)),
	CONSTRAINT "assessments_deadline_days_check" CHECK ("assessments"."deadline_days" is null or "assessments"."deadline_days" between 1 and 90)
);
--> statement-breakpoint
CREATE TABLE "candidate_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"candidate_name" text NOT NULL,
	"candidate_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"invited_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "candidate_invites_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "candidate_invites_assessment_email_unique" UNIQUE("assessment_id","candidate_email"),
	CONSTRAINT "candidate_invites_status_check" CHECK ("candidate_invites"."status" in ('invited', 'opened', 'in_progress', 'submitted', 'revoked'))
);
--> statement-breakpoint
CREATE TABLE "proctoring_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"invite_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"at_ms" integer NOT NULL,
	"duration_ms" integer,
	"confidence" real,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "proctoring_events_kind_check" CHECK ("proctoring_events"."kind" in ('tab_switch', 'window_blur', 'look_away', 'multiple_faces', 'face_lost'))
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retention_days" integer DEFAULT 180 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_invite_id_candidate_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."candidate_invites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_attempt_id_assessment_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."assessment_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_question_id_assessment_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."assessment_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_attempts" ADD CONSTRAINT "assessment_attempts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_attempts" ADD CONSTRAINT "assessment_attempts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_attempts" ADD CONSTRAINT "assessment_attempts_invite_id_candidate_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."candidate_invites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_questions" ADD CONSTRAINT "assessment_questions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_questions" ADD CONSTRAINT "assessment_questions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_invites" ADD CONSTRAINT "candidate_invites_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_invites" ADD CONSTRAINT "candidate_invites_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_invites" ADD CONSTRAINT "candidate_invites_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proctoring_events" ADD CONSTRAINT "proctoring_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proctoring_events" ADD CONSTRAINT "proctoring_events_invite_id_candidate_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."candidate_invites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proctoring_events" ADD CONSTRAINT "proctoring_events_attempt_id_assessment_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."assessment_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_answers_invite_idx" ON "assessment_answers" USING btree ("invite_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_attempts_live_invite_idx" ON "assessment_attempts" USING btree ("invite_id") WHERE "assessment_attempts"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "assessment_attempts_assessment_idx" ON "assessment_attempts" USING btree ("assessment_id","submitted_at");--> statement-breakpoint
CREATE INDEX "assessment_questions_assessment_idx" ON "assessment_questions" USING btree ("assessment_id","position");--> statement-breakpoint
CREATE INDEX "assessments_org_created_idx" ON "assessments" USING btree ("org_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "assessments_created_by_idx" ON "assessments" USING btree ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "candidate_invites_org_idx" ON "candidate_invites" USING btree ("org_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "candidate_invites_invited_by_idx" ON "candidate_invites" USING btree ("invited_by_user_id");--> statement-breakpoint
CREATE INDEX "candidate_invites_reminder_idx" ON "candidate_invites" USING btree ("deadline_at") WHERE "candidate_invites"."status" = 'invited' and "candidate_invites"."reminder_sent_at" is null;--> statement-breakpoint
CREATE INDEX "proctoring_events_attempt_idx" ON "proctoring_events" USING btree ("attempt_id","position","at_ms");--> statement-breakpoint
CREATE INDEX "proctoring_events_created_idx" ON "proctoring_events" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_days_check" CHECK ("organisations"."retention_days" between 30 and 730);--> statement-breakpoint
-- Row-level security: in an organisation's scope, that organisation's rows only. A candidate has no account: their
-- requests carry the SHA-256 of their link's token (app.token_hash) and no organisation, and see exactly the rows of
-- that one invite (its assessment and questions, its attempts, answers and events) and nothing of any other.
CREATE OR REPLACE FUNCTION app_candidate_invite_id() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT id FROM candidate_invites WHERE token_hash = app_token_hash() AND app_org_id() IS NULL $$;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON assessments, assessment_questions, candidate_invites, assessment_attempts, assessment_answers, proctoring_events TO rehearse_app, rehearse_system;--> statement-breakpoint
ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessments FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_questions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_questions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE candidate_invites ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE candidate_invites FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_attempts ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_attempts FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_answers ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE assessment_answers FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE proctoring_events ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE proctoring_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- The candidate reads the assessment and its questions, never changes them.
CREATE POLICY assessments_scoped ON assessments TO rehearse_app
  USING (org_id = app_org_id() OR id = (SELECT assessment_id FROM candidate_invites WHERE id = app_candidate_invite_id()))
  WITH CHECK (org_id = app_org_id());--> statement-breakpoint
CREATE POLICY assessment_questions_scoped ON assessment_questions TO rehearse_app
  USING (org_id = app_org_id() OR assessment_id = (SELECT assessment_id FROM candidate_invites WHERE id = app_candidate_invite_id()))
  WITH CHECK (org_id = app_org_id());--> statement-breakpoint
-- The candidate updates their own invite's status (opened, in progress, submitted) and writes their own attempt.
CREATE POLICY candidate_invites_scoped ON candidate_invites TO rehearse_app
  USING (org_id = app_org_id() OR (app_org_id() IS NULL AND token_hash = app_token_hash()))
  WITH CHECK (org_id = app_org_id() OR (app_org_id() IS NULL AND token_hash = app_token_hash()));--> statement-breakpoint
CREATE POLICY assessment_attempts_scoped ON assessment_attempts TO rehearse_app
  USING (org_id = app_org_id() OR invite_id = app_candidate_invite_id())
  WITH CHECK (org_id = app_org_id() OR invite_id = app_candidate_invite_id());--> statement-breakpoint
CREATE POLICY assessment_answers_scoped ON assessment_answers TO rehearse_app
  USING (org_id = app_org_id() OR invite_id = app_candidate_invite_id())
  WITH CHECK (org_id = app_org_id() OR invite_id = app_candidate_invite_id());--> statement-breakpoint
CREATE POLICY proctoring_events_scoped ON proctoring_events TO rehearse_app
  USING (org_id = app_org_id() OR invite_id = app_candidate_invite_id())
  WITH CHECK (org_id = app_org_id() OR invite_id = app_candidate_invite_id());--> statement-breakpoint
-- The candidate's page names the organisation that invited them (its name only; the service selects nothing else).
DROP POLICY IF EXISTS organisations_scoped ON organisations;--> statement-breakpoint
CREATE POLICY organisations_scoped ON organisations TO rehearse_app
  USING (
    id = app_org_id()
    OR (app_org_id() IS NULL AND (
      id IN (SELECT org_id FROM organisation_members WHERE user_id = app_user_id())
      OR id IN (SELECT org_id FROM organisation_invites WHERE token_hash = app_token_hash())
      OR id = (SELECT org_id FROM candidate_invites WHERE id = app_candidate_invite_id())
    ))
  )
  WITH CHECK (id = app_org_id());--> statement-breakpoint
CREATE POLICY assessments_system ON assessments TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY assessment_questions_system ON assessment_questions TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY candidate_invites_system ON candidate_invites TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY assessment_attempts_system ON assessment_attempts TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY assessment_answers_system ON assessment_answers TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY proctoring_events_system ON proctoring_events TO rehearse_system USING (true) WITH CHECK (true);
