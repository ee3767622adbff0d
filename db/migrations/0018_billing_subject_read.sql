-- The principal lookup reads the user's own subscription in the same statement that finds the user (as it reads their
-- consents, 0013), so a request with billing on needs no second transaction for its plan. While that statement runs
-- only the verified subject is known: reading (never writing) the billing row of the subject's user is allowed too.
CREATE POLICY user_billing_subject_read ON user_billing FOR SELECT TO rehearse_app
  USING (user_id = (SELECT id FROM users WHERE auth_provider_id = app_subject()));
