/**
 * Reviewing assessments: each reviewer's rating and private note per answer, and the team's decision per candidate.
 * Organisation scope only (migration 0011): a candidate's link never sees these rows.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { assessmentAnswers, candidateInvites } from "./assessments";
import { users } from "./core";
import { organisations } from "./organisations";

const orgId = () =>
  uuid("org_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** A reviewer's decision on a candidate, kept apart from the attempt's status. */
export const REVIEW_DECISIONS = ["advance", "hold", "reject"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** One reviewer's 1–5 rating and private note on one answer. A member's rows go with their account. */
export const answerReviews = pgTable(
  "answer_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: orgId(),
    answerId: uuid("answer_id")
      .notNull()
      .references(() => assessmentAnswers.id, { onDelete: "cascade" }),
    reviewerUserId: uuid("reviewer_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: integer("rating"),
    /** Private to the organisation's members; never shown to the candidate, never sent to the AI. */
    note: text("note"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("answer_reviews_answer_reviewer_unique").on(t.answerId, t.reviewerUserId),
    index("answer_reviews_reviewer_idx").on(t.reviewerUserId),
    check("answer_reviews_rating_check", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** The team's decision on a candidate (one per invite; the latest reviewer to decide is recorded). */
export const candidateDecisions = pgTable(
  "candidate_decisions",
  {
    inviteId: uuid("invite_id")
      .primaryKey()
      .references(() => candidateInvites.id, { onDelete: "cascade" }),
    orgId: orgId(),
    decision: text("decision", { enum: REVIEW_DECISIONS }).notNull(),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("candidate_decisions_decided_by_idx").on(t.decidedByUserId),
    check("candidate_decisions_decision_check", sql`${t.decision} in ('advance', 'hold', 'reject')`),
  ],
);

export type AnswerReview = typeof answerReviews.$inferSelect;
export type CandidateDecision = typeof candidateDecisions.$inferSelect;
