/**
 * What an assessment sends to the model to score a candidate's answer, and the shape it asks for back. Scoring only:
 * one structured completion with the four rubric scores, the answer's own sentences behind each, and a verdict when
 * the answer gives too little to judge. No model answer, no coaching text and no stream: the reviewers read scores
 * and quotes, and the candidate reads nothing. Pure, so the prompt is unit-tested.
 *
 * The model sees the question, its main skill, the role and the answer. Never the candidate's name, email or any id:
 * `ScorePromptInput` has no field that could carry them.
 */
import { z } from "zod";
import { MAX_PROFILE_FIELD_CHARS, MAX_QUESTION_CHARS, promptText, RUBRIC_PROMPT_LINES } from "./feedback-prompt";

/** Bump when the prompt or the output shape changes, so stored evaluations can tell the versions apart. */
export const SCORE_PROMPT_VERSION = "assessment-score-prompt-1";
/** Name of the response schema sent to the provider; the local test server recognises the request by it. */
export const SCORE_SCHEMA_NAME = "assessment_answer_scores";
export const MAX_SCORE_QUOTES = 4;
/** Scores and short quotes only: far less than the feedback call, which also writes prose. */
export const SCORE_MAX_OUTPUT_TOKENS = 800;

const dimension = z.object({
  score: z.number().int().min(0).max(100),
  quotes: z.array(z.string().trim().min(1).max(600)).max(6),
});

/** The reply. `insufficient_evidence`: the model declines to score (the scores are then ignored). */
export const scoreModelOutputSchema = z.object({
  verdict: z.enum(["scored", "insufficient_evidence"]),
  dimensions: z.object({ structure: dimension, relevance: dimension, specificity: dimension, impact: dimension }),
});
export type ScoreModelOutput = z.infer<typeof scoreModelOutputSchema>;

export const SCORE_SYSTEM_PROMPT = [
  "You are assessing a job candidate's answer to one interview question for a hiring team.",
  "Judge only what the answer says; never invent facts about the candidate, and do not reward length for its own sake.",
  ...RUBRIC_PROMPT_LINES,
  `- For each dimension, quotes: up to ${MAX_SCORE_QUOTES} sentences from the answer that support its score, each ` +
    "copied character for character. No commentary.",
  '- verdict: "insufficient_evidence" when the answer gives too little to judge (empty, a refusal, unreadable, or ' +
    'about something else), with every score 0 and no quotes; "scored" otherwise.',
].join("\n");

/** The fields the prompt is built from. There is deliberately no name, email or id here. */
export type ScorePromptInput = {
  question: string;
  /** The question's main skill in plain words, e.g. "handling conflict". */
  skill: string;
  /** The role the assessment hires for. */
  roleTitle: string;
  answer: string;
};

export function buildScoreUserMessage(input: ScorePromptInput): string {
  return [
    `<question>${promptText(input.question, MAX_QUESTION_CHARS)}</question>`,
    `<skill>${promptText(input.skill, MAX_PROFILE_FIELD_CHARS)}</skill>`,
    `<target_role>${promptText(input.roleTitle, MAX_PROFILE_FIELD_CHARS)}</target_role>`,
    `<answer>${promptText(input.answer, 20_000)}</answer>`,
  ].join("\n");
}

/** The one structured request for an answer's scores. */
export function buildScorePrompt(input: ScorePromptInput) {
  return {
    system: SCORE_SYSTEM_PROMPT,
    user: buildScoreUserMessage(input),
    schema: scoreModelOutputSchema,
    schemaName: SCORE_SCHEMA_NAME,
    maxOutputTokens: SCORE_MAX_OUTPUT_TOKENS,
  };
}

const normalise = (text: string) => text.toLowerCase().replace(/[“”"]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

/**
 * The model's quotes that really are in the answer (case, spacing and quote marks aside), deduplicated, at most
 * `MAX_SCORE_QUOTES`: a quote the candidate never wrote would mislead the reviewer, so it is dropped, not shown.
 */
export function keepVerbatimQuotes(quotes: readonly string[], answer: string): string[] {
  const haystack = normalise(answer);
  const kept: string[] = [];
  for (const quote of quotes) {
    const text = quote.replace(/\s+/g, " ").trim();
    if (text.length < 3 || !haystack.includes(normalise(text)) || kept.includes(text)) continue;
    kept.push(text);
  }
  return kept.slice(0, MAX_SCORE_QUOTES);
}
