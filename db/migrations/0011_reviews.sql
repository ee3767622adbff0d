-- Reviewers' ratings and notes per answer, and the team's decision per candidate (issue #13). Organisation scope only:
-- a candidate's link never sees them.
CREATE TABLE "answer_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"answer_id" uuid NOT NULL,
	"reviewer_user_id" uuid NOT NULL,
	"rating" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_reviews_answer_reviewer_unique" UNIQUE("answer_id","reviewer_user_id"),
	CONSTRAINT "answer_reviews_rating_check" CHECK ("answer_reviews"."rating" is null or "answer_reviews"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "candidate_decisions" (
	"invite_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decided_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_decisions_decision_check" CHECK ("candidate_decisions"."decision" in ('advance', 'hold', 'reject'))
);
--> statement-breakpoint
ALTER TABLE "answer_reviews" ADD CONSTRAINT "answer_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_reviews" ADD CONSTRAINT "answer_reviews_answer_id_assessment_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."assessment_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_reviews" ADD CONSTRAINT "answer_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_decisions" ADD CONSTRAINT "candidate_decisions_invite_id_candidate_invites_id_fk" FOREIGN KEY ("invite_id") REFERENCES "public"."candidate_invites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_decisions" ADD CONSTRAINT "candidate_decisions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_decisions" ADD CONSTRAINT "candidate_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_reviews_reviewer_idx" ON "answer_reviews" USING btree ("reviewer_user_id");--> statement-breakpoint
CREATE INDEX "candidate_decisions_decided_by_idx" ON "candidate_decisions" USING btree ("decided_by_user_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON answer_reviews, candidate_decisions TO rehearse_app, rehearse_system;--> statement-breakpoint
ALTER TABLE answer_reviews ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE answer_reviews FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE candidate_decisions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE candidate_decisions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY answer_reviews_scoped ON answer_reviews TO rehearse_app
  USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());--> statement-breakpoint
CREATE POLICY candidate_decisions_scoped ON candidate_decisions TO rehearse_app
  USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());--> statement-breakpoint
CREATE POLICY answer_reviews_system ON answer_reviews TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY candidate_decisions_system ON candidate_decisions TO rehearse_system USING (true) WITH CHECK (true);
