/** The reviewer's limits and choices, in a module without zod so the browser's forms can use them. */
import type { ReviewDecision } from "@/db/schema/reviews";

export const REVIEW_NOTE_MAX_CHARS = 2_000;

/** The same list as the schema's REVIEW_DECISIONS, kept here so the browser's forms need no database module. */
export const DECISIONS = ["advance", "hold", "reject"] as const satisfies readonly ReviewDecision[];
