ALTER TABLE "audit_events" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "consents_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "questions" jsonb;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "question_engine" text;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "bank_version" text;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "practice_sessions_unsaved_started_idx" ON "practice_sessions" USING btree ("started_at") WHERE "practice_sessions"."status" <> 'saved';--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD CONSTRAINT "practice_sessions_question_engine_check" CHECK ("practice_sessions"."question_engine" is null or "practice_sessions"."question_engine" in ('offline', 'ai'));