-- Row-level security: a second wall behind every query's own owner filter.
--
-- Request code runs inside a transaction that sets the principal (app.user_id, app.org_id, app.subject) and switches
-- to `rehearse_app`, a role that owns nothing, so these policies apply to it; scheduled jobs switch to
-- `rehearse_system`, whose policies see every row. FORCE makes the tables' owner subject to them too, so the only way
-- past them is a superuser connection that never switched role (migrations, admin scripts).
-- Roles are cluster-wide: several databases (tests, previews) share them, so they are created only when missing, and
-- a concurrent creation by another database's migration is tolerated.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rehearse_app') THEN
    CREATE ROLE rehearse_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rehearse_system') THEN
    CREATE ROLE rehearse_system NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
-- The connecting user must be allowed to SET ROLE to both (a superuser always is; a hosted owner role needs this).
DO $$
BEGIN
  EXECUTE format('GRANT rehearse_app, rehearse_system TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;--> statement-breakpoint
-- The principal as a value: NULL when unset, and '' (what a transaction-local setting reverts to) is unset too.
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_subject() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.subject', true), '') $$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO rehearse_app, rehearse_system;--> statement-breakpoint
-- Append-only logs: the application role may add and read, never change or remove (account deletion cascades run
-- as the table owner). Retention jobs, as rehearse_system, may delete.
GRANT SELECT, INSERT, UPDATE, DELETE ON users TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON candidate_profiles, practice_sessions, practice_answers TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT ON consents, audit_events TO rehearse_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON users, candidate_profiles, practice_sessions, practice_answers, consents, audit_events TO rehearse_system;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO rehearse_app, rehearse_system;--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE candidate_profiles ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE candidate_profiles FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE practice_sessions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE practice_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE practice_answers ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE practice_answers FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE consents FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- A user sees and changes their own row; while signing in (before the id is known) the verified subject finds or
-- creates its row and no other.
CREATE POLICY users_self ON users TO rehearse_app
  USING (id = app_user_id() OR auth_provider_id = app_subject())
  WITH CHECK (id = app_user_id() OR auth_provider_id = app_subject());--> statement-breakpoint
CREATE POLICY candidate_profiles_owner ON candidate_profiles TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY practice_sessions_owner ON practice_sessions TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY practice_answers_owner ON practice_answers TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY consents_owner ON consents TO rehearse_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY audit_events_actor ON audit_events TO rehearse_app
  USING (actor_user_id = app_user_id()) WITH CHECK (actor_user_id = app_user_id());--> statement-breakpoint
CREATE POLICY users_system ON users TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY candidate_profiles_system ON candidate_profiles TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY practice_sessions_system ON practice_sessions TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY practice_answers_system ON practice_answers TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY consents_system ON consents TO rehearse_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY audit_events_system ON audit_events TO rehearse_system USING (true) WITH CHECK (true);
