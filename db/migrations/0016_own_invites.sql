-- A signed-in user, with no organisation in scope, may read the organisation invites that are theirs: those they sent,
-- and those sent to their email. Read-only; the data export lists them, including invites from organisations they
-- never joined or have left (issue #14). An organisation's scope still sees only that organisation's invites.
--
-- The email comes from `app.user_email`, which only the export's own transaction sets, from the verified principal
-- (as `app.user_id` is): reading it from `users` here would make the users policies and this one refer to each other.
CREATE OR REPLACE FUNCTION app_user_email() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_email', true), '') $$;--> statement-breakpoint
CREATE POLICY organisation_invites_own ON organisation_invites FOR SELECT TO rehearse_app
  USING (
    app_org_id() IS NULL AND app_user_id() IS NOT NULL AND (
      invited_by_user_id = app_user_id()
      OR email = lower(app_user_email())
    )
  );
