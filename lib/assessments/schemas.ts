/**
 * The inputs of the assessment builder's routes, one zod schema each, shared by the forms and the route handlers.
 * Pure (no server-only import). Rules that need the clock or the stored assessment (a deadline in the future, the
 * question count) live in assessment-rules.ts and are applied by the services.
 */
import { z } from "zod";
import { ALLOWED_ANSWER_MODES, TIME_LIMIT_MODES } from "@/db/schema/assessments";
import { JOB_DESCRIPTION_MAX_CHARS } from "@/lib/practice/questions/limits";
import { QUESTION_KINDS } from "@/lib/practice/questions/types";
import { safeText } from "@/lib/security/safe-text";
import { MAX_ASSESSMENT_QUESTIONS, MAX_DEADLINE_DAYS, MIN_DEADLINE_DAYS } from "./assessment-rules";
import {
  BANK_SEARCH_MAX_CHARS,
  INTRODUCTION_MAX_CHARS,
  JOB_DESCRIPTION_MIN_CHARS,
  MAX_GENERATED_PER_REQUEST,
  MAX_RETAKES,
  QUESTION_TEXT_MAX_CHARS,
  QUESTION_TEXT_MIN_CHARS,
  ROLE_TITLE_MAX_CHARS,
  TIME_LIMIT_MAX_SECONDS,
  TIME_LIMIT_MIN_SECONDS,
  TITLE_MAX_CHARS,
} from "./limits";

const requiredText = (label: string, max: number) =>
  safeText(`Enter the ${label}.`).trim().min(1, `Enter the ${label}.`).max(max, `Use at most ${max} characters.`);

export const assessmentIdSchema = z.uuid();
export const questionIdSchema = z.uuid();

/** A fixed deadline (an ISO date-time; the service checks it is in the future) or a number of days after each invite. */
export const deadlineSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("fixed"), at: z.iso.datetime({ offset: true, message: "Choose a date and time." }) }),
    z.strictObject({
      kind: z.literal("days"),
      days: z
        .number("Choose a number of days.")
        .int("Choose a whole number of days.")
        .min(MIN_DEADLINE_DAYS, `Choose at least ${MIN_DEADLINE_DAYS} day.`)
        .max(MAX_DEADLINE_DAYS, `Choose at most ${MAX_DEADLINE_DAYS} days.`),
    }),
  ],
  "Choose a fixed date or a number of days.",
);
export type DeadlineInput = z.infer<typeof deadlineSchema>;

const details = {
  title: requiredText("title", TITLE_MAX_CHARS),
  roleTitle: requiredText("role", ROLE_TITLE_MAX_CHARS),
  introduction: safeText().trim().max(INTRODUCTION_MAX_CHARS, `Use at most ${INTRODUCTION_MAX_CHARS} characters.`),
  proctoring: z.boolean(),
  practiceQuestion: z.boolean(),
  deadline: deadlineSchema,
};

/** A new draft: a title and a role; the rest defaults (no proctoring, a practice question, 7 days after each invite). */
export const createAssessmentSchema = z.strictObject({
  ...details,
  introduction: details.introduction.optional(),
  proctoring: details.proctoring.optional(),
  practiceQuestion: details.practiceQuestion.optional(),
  deadline: details.deadline.optional(),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

/** Changing a draft's details or options: any of them, at least one. */
export const updateAssessmentSchema = z
  .strictObject({
    title: details.title.optional(),
    roleTitle: details.roleTitle.optional(),
    introduction: details.introduction.optional(),
    proctoring: details.proctoring.optional(),
    practiceQuestion: details.practiceQuestion.optional(),
    deadline: details.deadline.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Change at least one thing.", path: ["title"] });
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

/** Per question: the time limit and its kind, the answer modes allowed and the retakes before submitting. */
export const questionSettingsSchema = z.strictObject({
  timeLimitSeconds: z
    .number("Choose a time limit.")
    .int("Choose a whole number of seconds.")
    .min(TIME_LIMIT_MIN_SECONDS, `Allow at least ${TIME_LIMIT_MIN_SECONDS} seconds.`)
    .max(TIME_LIMIT_MAX_SECONDS, `Allow at most ${TIME_LIMIT_MAX_SECONDS / 60} minutes.`)
    .optional(),
  timeLimitMode: z.enum(TIME_LIMIT_MODES, "Choose a soft or a hard time limit.").optional(),
  modes: z.enum(ALLOWED_ANSWER_MODES, "Choose typed, voice or both.").optional(),
  retakes: z.number("Choose the retakes.").int().min(0, "Choose 0 to 3 retakes.").max(MAX_RETAKES, "Choose 0 to 3 retakes.").optional(),
});
export type QuestionSettingsInput = z.infer<typeof questionSettingsSchema>;

const questionText = safeText("Write the question.")
  .trim()
  .min(QUESTION_TEXT_MIN_CHARS, `Write at least ${QUESTION_TEXT_MIN_CHARS} characters.`)
  .max(QUESTION_TEXT_MAX_CHARS, `Use at most ${QUESTION_TEXT_MAX_CHARS} characters.`);
const questionKind = z.enum(QUESTION_KINDS, "Choose behavioural or role-specific.");

/** Adding a question: one from the bank by its id, or one written by hand; settings optional. */
export const addQuestionSchema = z.discriminatedUnion(
  "source",
  [
    questionSettingsSchema.extend({ source: z.literal("bank"), bankId: z.string("Choose a question.").min(1).max(100) }),
    questionSettingsSchema.extend({ source: z.literal("custom"), text: questionText, kind: questionKind }),
  ],
  "Choose a question from the bank or write one.",
);
export type AddQuestionInput = z.infer<typeof addQuestionSchema>;

/** Editing a draft's question: its wording, kind or settings, at least one. */
export const updateQuestionSchema = questionSettingsSchema
  .extend({ text: questionText.optional(), kind: questionKind.optional() })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Change at least one thing.", path: ["text"] });
export type UpdateQuestionInput = z.infer<typeof updateQuestionSchema>;

/** The new order: every question id of the assessment once. */
export const reorderQuestionsSchema = z.strictObject({
  questionIds: z.array(z.uuid("Send question ids."), "Send the questions in their new order.").min(1).max(MAX_ASSESSMENT_QUESTIONS),
});
export type ReorderQuestionsInput = z.infer<typeof reorderQuestionsSchema>;

/** Questions for a pasted job description (the organisation's advert; never a candidate's details). */
export const generateQuestionsSchema = z.strictObject({
  jobDescription: safeText("Paste the job description.")
    .trim()
    .min(JOB_DESCRIPTION_MIN_CHARS, `Paste at least ${JOB_DESCRIPTION_MIN_CHARS} characters of the job description.`)
    .max(JOB_DESCRIPTION_MAX_CHARS, `Use at most ${JOB_DESCRIPTION_MAX_CHARS.toLocaleString("en-GB")} characters.`),
  count: z
    .number("Choose how many questions.")
    .int("Choose a whole number.")
    .min(1, "Choose at least 1 question.")
    .max(MAX_GENERATED_PER_REQUEST, `Choose at most ${MAX_GENERATED_PER_REQUEST} at a time.`),
});
export type GenerateQuestionsInput = z.infer<typeof generateQuestionsSchema>;

export const changeStatusSchema = z.strictObject({ status: z.enum(["open", "closed"], "Choose open or closed.") });
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

/** Searching the bank: `?kind=&q=`, both optional. */
export const bankSearchSchema = z.strictObject({
  kind: z.preprocess((value) => (value === "" ? undefined : value), questionKind.optional()),
  q: safeText().trim().max(BANK_SEARCH_MAX_CHARS, `Use at most ${BANK_SEARCH_MAX_CHARS} characters.`).optional(),
});
export type BankSearchInput = z.infer<typeof bankSearchSchema>;
