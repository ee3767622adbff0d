/**
 * Tables, relations and inferred row types. Owner first: every table holding a user's data reaches `users` through a
 * foreign key with a deliberate delete rule, so account deletion and data export can walk the schema instead of a
 * hand-kept list. Cascade for data the user owns; `set null` for the audit log, which must outlive the account.
 *
 * Only SQL that PostgreSQL 15 and PGlite run identically: `gen_random_uuid()` and `clock_timestamp()` are core on both.
 */
import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { summaryScore } from "./summary-scores";

/** Values of `practice_sessions.status`; the check constraint in the migration holds the same list. */
export const PRACTICE_SESSION_STATUSES = ["in_progress", "completed", "saved"] as const;
export type PracticeSessionStatus = (typeof PRACTICE_SESSION_STATUSES)[number];

/** Which engine chose a session's questions; the check constraint in the migration holds the same list. */
export const QUESTION_ENGINES = ["offline", "ai"] as const;
export type QuestionEngine = (typeof QUESTION_ENGINES)[number];

/**
 * One question of a practice session as stored in `practice_sessions.questions`. Stored whole (not just the bank id)
 * so a session reads back as it was asked even after the bank is reworded, and so AI-written questions, which have
 * no bank entry, fit the same shape. `position` is 1-based: the number the candidate sees ("Question 2 of 5").
 */
export type PracticeQuestionRecord = {
  position: number;
  id: string;
  text: string;
  kind: string;
  competencies: string[];
  reason: string;
};

/** Values of `practice_answers.mode`. */
export const ANSWER_MODES = ["typed", "voice"] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** Shape of the JSON columns as written; readers should still parse them, since old rows may predate a change. */
export type JsonObject = Record<string, unknown>;

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
// Append-only logs use clock_timestamp(): now() is frozen for a whole transaction, so two rows written together
// (a withdrawal followed by a new grant) would tie and "latest wins" would be undefined.
const loggedAt = () =>
  timestamp("created_at", { withTimezone: true })
    .notNull()
    .default(sql`clock_timestamp()`);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  authProviderId: text("auth_provider_id").notNull().unique(),
  email: text("email").notNull(),
  displayName: text("display_name"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// One profile per user, so the owner's id is the key: no separate id to leak or to mismatch.
export const candidateProfiles = pgTable("candidate_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  cvText: text("cv_text"),
  targetRole: text("target_role"),
  goals: text("goals"),
  updatedAt: updatedAt(),
});

export const practiceSessions = pgTable(
  "practice_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    interviewType: text("interview_type").notNull(),
    status: text("status", { enum: PRACTICE_SESSION_STATUSES }).notNull().default("in_progress"),
    questionCount: integer("question_count").notNull(),
    jobDescription: text("job_description"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    summary: jsonb("summary").$type<JsonObject>(),
    overallScore: integer("overall_score"),
    // The columns below came with the practice loop; nullable so the migration applies to rows written before it.
    questions: jsonb("questions").$type<PracticeQuestionRecord[]>(),
    questionEngine: text("question_engine", { enum: QUESTION_ENGINES }),
    /** The question bank's (or, for the AI engine, the prompt's) version, so a session can be reproduced. */
    bankVersion: text("bank_version"),
    /** startedAt + the session time limit; past it the server accepts no more answers. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /** When the summary was computed (the session was finished). */
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** Whether the interviewer may ask one follow-up question after each answer (chosen when starting). */
    followUps: boolean("follow_ups").notNull().default(true),
    // The summary's dimension scores, derived by PostgreSQL whenever the summary is written (see summary-scores.ts).
    structureScore: smallint("structure_score").generatedAlwaysAs(summaryScore("structure")),
    relevanceScore: smallint("relevance_score").generatedAlwaysAs(summaryScore("relevance")),
    specificityScore: smallint("specificity_score").generatedAlwaysAs(summaryScore("specificity")),
    impactScore: smallint("impact_score").generatedAlwaysAs(summaryScore("impact")),
  },
  (t) => [
    // Serves "my recent sessions" (owner filter + newest first) and the cascade from users.
    index("practice_sessions_user_started_idx").on(t.userId, t.startedAt),
    // Serves the saved history: keyset pages (newest first, ties broken by id), the count and the progress series,
    // without visiting in-progress rows. The scores after id change no order (id is unique): they are there so the
    // series is an index-only scan (drizzle has no INCLUDE).
    index("practice_sessions_user_saved_started_idx")
      .on(t.userId, t.startedAt.desc(), t.id.desc(), t.structureScore, t.relevanceScore, t.specificityScore, t.impactScore)
      .where(sql`${t.status} = 'saved'`),
    // Target of the answers' composite foreign key below (id alone is already unique).
    unique("practice_sessions_id_user_unique").on(t.id, t.userId),
    check("practice_sessions_status_check", sql`${t.status} in ('in_progress', 'completed', 'saved')`),
    check(
      "practice_sessions_question_engine_check",
      sql`${t.questionEngine} is null or ${t.questionEngine} in ('offline', 'ai')`,
    ),
    // Serves the abandoned-session sweep, which scans unsaved sessions by age; saved ones (the bulk) stay out of it.
    index("practice_sessions_unsaved_started_idx")
      .on(t.startedAt)
      .where(sql`${t.status} <> 'saved'`),
  ],
);

export const practiceAnswers = pgTable(
  "practice_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id").notNull(),
    // Denormalised owner: owner-scoped queries filter on it without a join, and a user delete cascades directly.
    // The composite key below makes it impossible for an answer to name a different owner than its session.
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    answerText: text("answer_text"),
    mode: text("mode", { enum: ANSWER_MODES }).notNull().default("typed"),
    feedback: jsonb("feedback").$type<JsonObject>(),
    scores: jsonb("scores").$type<JsonObject>(),
    deliveryMetrics: jsonb("delivery_metrics").$type<JsonObject>(),
    presenceMetrics: jsonb("presence_metrics").$type<JsonObject>(),
    createdAt: createdAt(),
    /**
     * The follow-up question asked after this answer and its answer (lib/practice/follow-up/record.ts); null when
     * none was asked. Cleared when the question is answered again. Last, as ALTER TABLE appended it.
     */
    followUp: jsonb("follow_up").$type<JsonObject>(),
  },
  (t) => [
    // Also the index behind the session_id foreign key (its leading column).
    unique("practice_answers_session_position_unique").on(t.sessionId, t.position),
    foreignKey({
      name: "practice_answers_session_owner_fk",
      columns: [t.sessionId, t.userId],
      foreignColumns: [practiceSessions.id, practiceSessions.userId],
    }).onDelete("cascade"),
    // PostgreSQL does not index foreign keys itself; without this a user delete scans every answer.
    index("practice_answers_user_idx").on(t.userId),
    check("practice_answers_mode_check", sql`${t.mode} in ('typed', 'voice')`),
  ],
);

/** Append-only: a withdrawal is a new row with `granted = false`, never an update. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    version: text("version").notNull(),
    granted: boolean("granted").notNull(),
    ipHash: text("ip_hash"),
    createdAt: loggedAt(),
    // Two rows can share a timestamp (clock resolution); the sequence orders them as they were written.
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index("consents_user_created_idx").on(t.userId, t.createdAt)],
);

/** Append-only. The actor is nulled, not deleted, when the account goes, so the log keeps its history. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * The organisation the event happened in, for its audit log. No foreign key on purpose: the record of an
     * organisation's deletion (and what led to it) outlives the organisation.
     */
    orgId: uuid("org_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    oldValues: jsonb("old_values").$type<JsonObject>(),
    newValues: jsonb("new_values").$type<JsonObject>(),
    ipHash: text("ip_hash"),
    createdAt: loggedAt(),
    // Orders events that share a timestamp in the order they were written.
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt),
    // Serves the per-user listing and the `set null` sweep when a user is deleted.
    index("audit_events_actor_idx").on(t.actorUserId),
    // Serves an organisation's audit log, newest first.
    index("audit_events_org_created_idx").on(t.orgId, t.createdAt.desc(), t.seq.desc()),
  ],
);

/**
 * Local sign-in sessions, keyed by the session token's `sid`. A token verifies only while its row is open, so signing
 * out ends it on the next request rather than when the token expires. (With Clerk, Clerk keeps the sessions.)
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** When the user signed out (of this device, or of all of them); null while the session is open. */
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  profile: one(candidateProfiles),
  practiceSessions: many(practiceSessions),
  practiceAnswers: many(practiceAnswers),
  consents: many(consents),
  auditEvents: many(auditEvents),
  authSessions: many(authSessions),
}));

export const authSessionsRelations = relations(authSessions, ({ one }) => ({
  user: one(users, { fields: [authSessions.userId], references: [users.id] }),
}));

export const candidateProfilesRelations = relations(candidateProfiles, ({ one }) => ({
  user: one(users, { fields: [candidateProfiles.userId], references: [users.id] }),
}));

export const practiceSessionsRelations = relations(practiceSessions, ({ one, many }) => ({
  user: one(users, { fields: [practiceSessions.userId], references: [users.id] }),
  answers: many(practiceAnswers),
}));

export const practiceAnswersRelations = relations(practiceAnswers, ({ one }) => ({
  session: one(practiceSessions, { fields: [practiceAnswers.sessionId], references: [practiceSessions.id] }),
  user: one(users, { fields: [practiceAnswers.userId], references: [users.id] }),
}));

export const consentsRelations = relations(consents, ({ one }) => ({
  user: one(users, { fields: [consents.userId], references: [users.id] }),
}));

export const auditEventsRelations = relations(auditEvents, ({ one }) => ({
  actor: one(users, { fields: [auditEvents.actorUserId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type CandidateProfile = typeof candidateProfiles.$inferSelect;
export type NewCandidateProfile = typeof candidateProfiles.$inferInsert;
export type PracticeSession = typeof practiceSessions.$inferSelect;
export type NewPracticeSession = typeof practiceSessions.$inferInsert;
export type PracticeAnswer = typeof practiceAnswers.$inferSelect;
export type NewPracticeAnswer = typeof practiceAnswers.$inferInsert;
export type Consent = typeof consents.$inferSelect;
export type NewConsent = typeof consents.$inferInsert;
export type AuthSession = typeof authSessions.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
