-- Assessments (issue #13): the server's own record of when each question was first shown, for hard time limits.
ALTER TABLE "assessment_attempts" ADD COLUMN "question_started_at" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- A candidate's milestones (started, submitted) go into the inviting organisation's audit log. A candidate has no
-- account and no organisation scope (app.token_hash only), so 0008's policy refuses them. Rather than a SECURITY
-- DEFINER function (which would run as its owner, past every policy), this is one more row-level policy, for INSERT
-- only: a candidate's scope may append an event with no actor, for its own invite, in that invite's organisation, and
-- only of the candidate's own actions. Another organisation, another invite or a staff action never passes, and
-- nothing here lets a candidate read the log.
CREATE POLICY audit_events_candidate ON audit_events FOR INSERT TO rehearse_app
  WITH CHECK (
    app_user_id() IS NULL
    AND app_org_id() IS NULL
    AND actor_user_id IS NULL
    AND action LIKE 'assessment.attempt.%'
    AND target_type = 'candidate_invite'
    AND target_id = app_candidate_invite_id()::text
    AND org_id = (SELECT org_id FROM candidate_invites WHERE id = app_candidate_invite_id())
  );
