import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";
import { STAR_ANSWER_MAX_CHARS, STAR_QUESTION_MAX_CHARS } from "@/lib/scoring/star-limits";

export { STAR_ANSWER_MAX_CHARS, STAR_QUESTION_MAX_CHARS };
/** Anything larger than a maximal answer and question (with JSON escaping) is refused before parsing. */
export const STAR_REQUEST_MAX_BYTES = 32 * 1024;

/** The public scorer's input, shared by the page's form and POST /api/star-score. Unknown fields are refused. */
export const starScoreRequestSchema = z
  .object({
    answer: safeText({ error: "answer must be a string." })
      .trim()
      .min(1, "Paste an answer to score.")
      .max(STAR_ANSWER_MAX_CHARS, `answer must be at most ${STAR_ANSWER_MAX_CHARS.toLocaleString("en-GB")} characters.`),
    question: safeText({ error: "question must be a string." })
      .trim()
      .max(STAR_QUESTION_MAX_CHARS, `question must be at most ${STAR_QUESTION_MAX_CHARS} characters.`)
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .strict();

export type StarScoreRequest = z.infer<typeof starScoreRequestSchema>;
