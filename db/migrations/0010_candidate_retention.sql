-- The retention job (issue #13) marks the candidates whose name, email and answers it has removed.
ALTER TABLE "candidate_invites" ADD COLUMN "anonymised_at" timestamp with time zone;