/**
 * Length and range limits of the builder's inputs, kept free of zod so the forms can show them without shipping the
 * schema library; schemas.ts enforces them.
 */
export const TITLE_MAX_CHARS = 120;
export const ROLE_TITLE_MAX_CHARS = 120;
export const INTRODUCTION_MAX_CHARS = 2_000;
export const QUESTION_TEXT_MIN_CHARS = 10;
export const QUESTION_TEXT_MAX_CHARS = 500;
export const TIME_LIMIT_MIN_SECONDS = 30;
export const TIME_LIMIT_MAX_SECONDS = 1_800;
export const MAX_RETAKES = 3;
/** Questions written per "generate" request: the engines write at most ten at a time. */
export const MAX_GENERATED_PER_REQUEST = 10;
/** A pasted job description shorter than this says too little to rank or write questions for. */
export const JOB_DESCRIPTION_MIN_CHARS = 30;
export const BANK_SEARCH_MAX_CHARS = 100;
