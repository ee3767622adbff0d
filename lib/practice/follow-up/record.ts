/**
 * `practice_answers.follow_up`: the one follow-up question asked after an answer, and what became of it. Parsed on
 * read like every JSON column (a value that no longer parses is shown as no follow-up rather than trusted).
 */
import { z } from "zod";
import { ANSWER_MODES } from "@/db/schema";
import { deliveryMetricsSchema } from "@/lib/scoring/delivery-schema";
import { FOLLOW_UP_TARGETS } from "./gaps";

/** Bump when the stored shape changes meaning. */
export const FOLLOW_UP_VERSION = "follow-up-1";
export const FOLLOW_UP_STATUSES = ["asked", "answered", "skipped"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

const score100 = z.number().int().min(0).max(100);
const scoresSchema = z.strictObject({ structure: score100, relevance: score100, specificity: score100, impact: score100 });

export const followUpRecordSchema = z.object({
  version: z.string(),
  /** Names this follow-up, so answering one that was replaced meanwhile (the question answered again) is refused. */
  id: z.string(),
  /** Who wrote the question: the AI, or the offline template. */
  engine: z.enum(["ai", "template"]),
  target: z.enum(FOLLOW_UP_TARGETS),
  question: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  askedAt: z.string(),
  answer: z
    .object({
      text: z.string(),
      mode: z.enum(ANSWER_MODES),
      deliveryMetrics: deliveryMetricsSchema.nullable(),
      answeredAt: z.string(),
    })
    .nullable(),
  /** The original answer's scores, kept when the pair's replace them, so the room can show what the follow-up added. */
  original: z.object({ scores: scoresSchema, overall: score100 }).nullable(),
  /** Whether the follow-up answer closed the gap; null until answered. */
  closed: z.boolean().nullable(),
});
export type FollowUpRecord = z.infer<typeof followUpRecordSchema>;
