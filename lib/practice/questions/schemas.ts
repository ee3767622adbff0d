/**
 * The input for choosing a practice session's questions, shared by the server action and the route handler. It imports
 * no bank data. The start-session form takes its limits from limits.ts, which has no zod. Profile limits come from the
 * profile's own, so a saved profile always fits.
 */
import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";
import { PROFILE_FIELD_LABELS, PROFILE_LIMITS, type ProfileField } from "@/lib/profile/profile-fields";
import { JOB_DESCRIPTION_MAX_CHARS } from "./limits";
import { INTERVIEW_TYPES, MAX_QUESTIONS, MIN_QUESTIONS } from "./types";

export { JOB_DESCRIPTION_MAX_CHARS };

const limit = (max: number, label: string) =>
  safeText().max(max, `${label} must be at most ${max.toLocaleString("en-GB")} characters.`);

/** Saved profiles store a cleared field as null, so null is accepted and means "not given", like an absent field. */
const profileText = (field: ProfileField) => limit(PROFILE_LIMITS[field], PROFILE_FIELD_LABELS[field]).nullish();

export const questionSelectionInputSchema = z.object({
  type: z.enum(INTERVIEW_TYPES, "Choose behavioural, role-specific or mixed."),
  // Coerced because the form posts the count as text.
  count: z.coerce
    .number("Choose how many questions you want.")
    .int("Choose a whole number of questions.")
    .min(MIN_QUESTIONS, `Choose at least ${MIN_QUESTIONS} questions.`)
    .max(MAX_QUESTIONS, `Choose at most ${MAX_QUESTIONS} questions.`),
  profile: z
    .object({
      cvText: profileText("cvText"),
      targetRole: profileText("targetRole"),
      goals: profileText("goals"),
    })
    .default({}),
  jobDescription: limit(JOB_DESCRIPTION_MAX_CHARS, "Job description").nullish(),
});

/** What the form or a client sends. */
export type QuestionSelectionRequest = z.input<typeof questionSelectionInputSchema>;
/** What `selectQuestions` receives after parsing. */
export type ParsedQuestionSelectionInput = z.output<typeof questionSelectionInputSchema>;
