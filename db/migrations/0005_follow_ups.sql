-- Follow-up questions (issue #11). Both columns live on tables that already have row-level security and grants
-- (0002), so no policy changes: a follow-up is part of its answer row and shares its owner.
ALTER TABLE "practice_answers" ADD COLUMN "follow_up" jsonb;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "follow_ups" boolean DEFAULT true NOT NULL;