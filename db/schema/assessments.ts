/**
 * Assessments: what a hiring team asks (assessments and their questions), whom they invite (candidate invites, each a
 * single-use token link), and what comes back (attempts, answers, proctoring events). Every row carries `org_id` and
 * cascades from its organisation; a candidate has no account, so nothing here references a candidate user.
 *
 * Row-level security (migration 0009) shows these rows in their organisation's scope, and to the holder of a
 * candidate link (`app.token_hash`) only the rows of that one invite.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, real, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { type JsonObject, users } from "./core";
import { organisations } from "./organisations";

export const ASSESSMENT_STATUSES = ["draft", "open", "closed"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Where a question came from. */
export const ASSESSMENT_QUESTION_SOURCES = ["bank", "custom", "generated"] as const;
export type AssessmentQuestionSource = (typeof ASSESSMENT_QUESTION_SOURCES)[number];

/** Soft: a countdown the candidate may overrun (shown to reviewers); hard: the answer closes at the limit. */
export const TIME_LIMIT_MODES = ["soft", "hard"] as const;
export type TimeLimitMode = (typeof TIME_LIMIT_MODES)[number];

export const ALLOWED_ANSWER_MODES = ["typed", "voice", "both"] as const;
export type AllowedAnswerModes = (typeof ALLOWED_ANSWER_MODES)[number];

/** Stored statuses of a candidate invite; "expired" is derived from `deadline_at`. */
export const CANDIDATE_INVITE_STATUSES = ["invited", "opened", "in_progress", "submitted", "revoked"] as const;
export type CandidateInviteStatus = (typeof CANDIDATE_INVITE_STATUSES)[number];

export const ATTEMPT_STATUSES = ["in_progress", "submitted"] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** Proctoring signals the browser reports: counts and times, never images. */
export const PROCTORING_EVENT_KINDS = ["tab_switch", "window_blur", "look_away", "multiple_faces", "face_lost"] as const;
export type ProctoringEventKind = (typeof PROCTORING_EVENT_KINDS)[number];

const orgId = () =>
  uuid("org_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    title: text("title").notNull(),
    roleTitle: text("role_title").notNull(),
    /** Shown to candidates before they start. */
    introduction: text("introduction").notNull().default(""),
    status: text("status", { enum: ASSESSMENT_STATUSES }).notNull().default("draft"),
    proctoring: boolean("proctoring").notNull().default(false),
    /** A practice question before the real ones; its answer is never stored. */
    practiceQuestion: boolean("practice_question").notNull().default(true),
    /** A fixed deadline for every invite, or … */
    deadlineAt: timestamp("deadline_at", { withTimezone: true }),
    /** … this many days after each invite is sent (one of the two is set). */
    deadlineDays: integer("deadline_days"),
    /** The job description pasted to generate questions (the organisation's text, not a candidate's). */
    jobDescription: text("job_description"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("assessments_org_created_idx").on(t.orgId, t.createdAt.desc()),
    index("assessments_created_by_idx").on(t.createdByUserId),
    check("assessments_status_check", sql`${t.status} in ('draft', 'open', 'closed')`),
    check("assessments_deadline_check", sql`(${t.deadlineAt} is null) <> (${t.deadlineDays} is null)`),
    check("assessments_deadline_days_check", sql`${t.deadlineDays} is null or ${t.deadlineDays} between 1 and 90`),
  ],
);

export const assessmentQuestions = pgTable(
  "assessment_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    /** 1-based order the candidate sees; rewritten as a whole when questions are reordered. */
    position: integer("position").notNull(),
    text: text("text").notNull(),
    /** behavioural, technical, situational… as in the question bank. */
    kind: text("kind").notNull(),
    competencies: jsonb("competencies").$type<string[]>().notNull().default([]),
    source: text("source", { enum: ASSESSMENT_QUESTION_SOURCES }).notNull(),
    bankId: text("bank_id"),
    timeLimitSeconds: integer("time_limit_seconds").notNull().default(180),
    timeLimitMode: text("time_limit_mode", { enum: TIME_LIMIT_MODES }).notNull().default("soft"),
    modes: text("modes", { enum: ALLOWED_ANSWER_MODES }).notNull().default("both"),
    /** How many times the candidate may redo the answer before submitting it. */
    retakes: integer("retakes").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index("assessment_questions_assessment_idx").on(t.assessmentId, t.position),
    check("assessment_questions_source_check", sql`${t.source} in ('bank', 'custom', 'generated')`),
    check("assessment_questions_time_mode_check", sql`${t.timeLimitMode} in ('soft', 'hard')`),
    check("assessment_questions_modes_check", sql`${t.modes} in ('typed', 'voice', 'both')`),
    check("assessment_questions_retakes_check", sql`${t.retakes} between 0 and 3`),
    check("assessment_questions_time_limit_check", sql`${t.timeLimitSeconds} between 30 and 1800`),
  ],
);

export const candidateInvites = pgTable(
  "candidate_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    candidateName: text("candidate_name").notNull(),
    /** Lower-cased; one invite per email per assessment. */
    candidateEmail: text("candidate_email").notNull(),
    /** SHA-256 (hex) of the link's token; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    status: text("status", { enum: CANDIDATE_INVITE_STATUSES }).notNull().default("invited"),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** When the retention job removed the candidate's name, email and answers (only anonymous scores remain). */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
  },
  (t) => [
    unique("candidate_invites_token_hash_unique").on(t.tokenHash),
    unique("candidate_invites_assessment_email_unique").on(t.assessmentId, t.candidateEmail),
    index("candidate_invites_org_idx").on(t.orgId, t.createdAt.desc()),
    index("candidate_invites_invited_by_idx").on(t.invitedByUserId),
    // Serves the reminder job: unopened invites by deadline.
    index("candidate_invites_reminder_idx")
      .on(t.deadlineAt)
      .where(sql`${t.status} = 'invited' and ${t.reminderSentAt} is null`),
    check(
      "candidate_invites_status_check",
      sql`${t.status} in ('invited', 'opened', 'in_progress', 'submitted', 'revoked')`,
    ),
  ],
);

export const assessmentAttempts = pgTable(
  "assessment_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    inviteId: uuid("invite_id")
      .notNull()
      .references(() => candidateInvites.id, { onDelete: "cascade" }),
    /** SHA-256 of the secret in the browser's HttpOnly cookie that started it: only that browser may continue. */
    deviceHash: text("device_hash").notNull(),
    status: text("status", { enum: ATTEMPT_STATUSES }).notNull().default("in_progress"),
    /** Set when a manager resets the invite: the attempt stays visible to reviewers, and a fresh one may start. */
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    consentVersion: text("consent_version").notNull(),
    consentIpHash: text("consent_ip_hash"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** Per-attempt proctoring totals; kept after the event timeline is deleted. */
    integrity: jsonb("integrity").$type<JsonObject>(),
    /**
     * When the server first showed each question (position → ISO time, by the server's clock): a hard time limit is
     * enforced from here, never from the duration the browser reports.
     */
    questionStartedAt: jsonb("question_started_at").$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [
    // One live attempt per invite: of concurrent first starts, exactly one inserts.
    uniqueIndex("assessment_attempts_live_invite_idx")
      .on(t.inviteId)
      .where(sql`${t.supersededAt} is null`),
    index("assessment_attempts_assessment_idx").on(t.assessmentId, t.submittedAt),
    check("assessment_attempts_status_check", sql`${t.status} in ('in_progress', 'submitted')`),
  ],
);

export const assessmentAnswers = pgTable(
  "assessment_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    inviteId: uuid("invite_id")
      .notNull()
      .references(() => candidateInvites.id, { onDelete: "cascade" }),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => assessmentAttempts.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => assessmentQuestions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    answerText: text("answer_text").notNull(),
    mode: text("mode", { enum: ["typed", "voice"] }).notNull(),
    durationMs: integer("duration_ms"),
    /** Over a soft time limit (shown to reviewers). */
    overran: boolean("overran").notNull().default(false),
    retakesUsed: integer("retakes_used").notNull().default(0),
    delivery: jsonb("delivery").$type<JsonObject>(),
    /** Scores with the quotes supporting each, or an "insufficient evidence" verdict; never shown to the candidate. */
    evaluation: jsonb("evaluation").$type<JsonObject>(),
    /** Which engine scored it (offline rubric or AI), the model, and the rubric version. */
    engine: text("engine"),
    model: text("model"),
    rubricVersion: text("rubric_version"),
    overallScore: integer("overall_score"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("assessment_answers_attempt_position_unique").on(t.attemptId, t.position),
    index("assessment_answers_invite_idx").on(t.inviteId),
    check("assessment_answers_mode_check", sql`${t.mode} in ('typed', 'voice')`),
  ],
);

export const proctoringEvents = pgTable(
  "proctoring_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    inviteId: uuid("invite_id")
      .notNull()
      .references(() => candidateInvites.id, { onDelete: "cascade" }),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => assessmentAttempts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: PROCTORING_EVENT_KINDS }).notNull(),
    /** Milliseconds from the question's start. */
    atMs: integer("at_ms").notNull(),
    durationMs: integer("duration_ms"),
    /** The presence tracker's confidence (0–1) for camera signals; null for tab and window signals. */
    confidence: real("confidence"),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (t) => [
    index("proctoring_events_attempt_idx").on(t.attemptId, t.position, t.atMs),
    index("proctoring_events_created_idx").on(t.createdAt),
    check(
      "proctoring_events_kind_check",
      sql`${t.kind} in ('tab_switch', 'window_blur', 'look_away', 'multiple_faces', 'face_lost')`,
    ),
  ],
);

export type Assessment = typeof assessments.$inferSelect;
export type AssessmentQuestion = typeof assessmentQuestions.$inferSelect;
export type CandidateInvite = typeof candidateInvites.$inferSelect;
export type AssessmentAttempt = typeof assessmentAttempts.$inferSelect;
export type AssessmentAnswer = typeof assessmentAnswers.$inferSelect;
export type ProctoringEvent = typeof proctoringEvents.$inferSelect;
