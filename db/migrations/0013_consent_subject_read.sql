-- While a request resolves who is signed in only the verified subject is known (see 0003), yet the principal needs
-- the user's terms and AI consent from the same statement. Reading (never writing) a consent row through the
-- subject's user is therefore allowed too; writes still need the user's own scope.
CREATE POLICY consents_subject_read ON consents FOR SELECT TO rehearse_app
  USING (user_id = (SELECT id FROM users WHERE auth_provider_id = app_subject()));
