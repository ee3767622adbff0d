-- An audit event names an organisation only from inside that organisation's scope, so a request cannot write into
-- another organisation's log (0002's policy checked the actor alone). Reads are unchanged.
DROP POLICY IF EXISTS audit_events_actor ON audit_events;--> statement-breakpoint
CREATE POLICY audit_events_actor ON audit_events TO rehearse_app
  USING (actor_user_id = app_user_id())
  WITH CHECK (actor_user_id = app_user_id() AND (org_id IS NULL OR org_id = app_org_id()));
