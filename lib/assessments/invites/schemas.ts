/** The candidate-invite inputs, one zod schema each, shared by the forms and the routes. */
import { z } from "zod";
import { candidateEmailSchema, candidateNameSchema } from "./candidate-list";

/** A pasted list or a CSV file's text: 100 rows of long names and emails fit well within this. */
export const CANDIDATE_LIST_MAX_CHARS = 50_000;

export const inviteOneCandidateSchema = z.strictObject({ name: candidateNameSchema, email: candidateEmailSchema });
export const inviteCandidateListSchema = z.strictObject({
  csv: z
    .string("Paste the list, or choose a CSV file.")
    .max(CANDIDATE_LIST_MAX_CHARS, `The list is at most ${CANDIDATE_LIST_MAX_CHARS} characters.`),
});

/** `{ name, email }` for one candidate, or `{ csv }` for a list (read with parseCandidateList). */
export const inviteCandidatesSchema = z.union([inviteOneCandidateSchema, inviteCandidateListSchema]);
export type InviteCandidatesInput = z.output<typeof inviteCandidatesSchema>;

export const extendDeadlineSchema = z.strictObject({
  deadlineAt: z.iso.datetime({ offset: true, error: "Choose the new deadline (a date and time)." }).transform((value) => new Date(value)),
});
export type ExtendDeadlineInput = z.output<typeof extendDeadlineSchema>;

/** Ids from the URL: anything but a UUID matches nothing (404), so it never reaches a query. */
export const candidateIdSchema = z.uuid();
