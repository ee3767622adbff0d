/**
 * Length limits of the start-session form, kept free of zod so the form can show them without shipping the schema
 * library to the browser; schemas.ts enforces them.
 */

/** Longest job description accepted; longer pastes are usually a whole careers page. */
export const JOB_DESCRIPTION_MAX_CHARS = 10_000;
