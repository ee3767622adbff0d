/**
 * The public scorer's length limits. Kept free of zod (like rubric-config.ts) because the scorer's form shows them in
 * the browser, and importing them from star-request.ts would ship the schema library to every visitor of the page.
 */

export const STAR_ANSWER_MAX_CHARS = 5_000;
export const STAR_QUESTION_MAX_CHARS = 500;
