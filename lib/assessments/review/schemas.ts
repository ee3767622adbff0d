/** The reviewer's inputs: a rating and private note on one answer, and the decision on a candidate. */
import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";
import { DECISIONS, REVIEW_NOTE_MAX_CHARS } from "./limits";

export { DECISIONS, REVIEW_NOTE_MAX_CHARS };

/**
 * `rating` 1–5 or null (no rating); `note` up to 2,000 characters, blank or null meaning none. Both are required: a
 * PUT replaces the reviewer's row, so a body that left the note out must not wipe it silently.
 */
export const answerReviewInputSchema = z.strictObject({
  rating: z.number("Choose a rating from 1 to 5, or none.").int("Choose a whole rating from 1 to 5.").min(1, "Ratings run from 1 to 5.").max(5, "Ratings run from 1 to 5.").nullable(),
  note: safeText("Send the note as text.")
    .max(REVIEW_NOTE_MAX_CHARS, `Notes must be at most ${REVIEW_NOTE_MAX_CHARS.toLocaleString("en-GB")} characters.`)
    .nullable()
    .transform((note) => (note && note.trim() ? note.trim() : null)),
});
export type AnswerReviewInput = z.output<typeof answerReviewInputSchema>;

export const decisionInputSchema = z.strictObject({
  decision: z.enum(DECISIONS, "Choose advance, hold or reject."),
});
export type DecisionInput = z.output<typeof decisionInputSchema>;

export const reviewIdSchema = z.uuid();
