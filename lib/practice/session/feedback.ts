/**
 * Turns the STAR rubric's score into practice feedback: the four rubric dimensions, at least two strengths and two
 * improvements that each quote the answer, and a model answer assembled from the candidate's own sentences. Offline
 * and deterministic ("templated guidance"); an AI engine can later produce the same `AnswerFeedback` shape.
 */
import { STAR_PARTS, type StarPart, type StarScore } from "@/lib/scoring/star-schema";
import { scoreDimensions } from "./dimensions";
import { buildModelAnswer } from "./model-answer";
import { feedbackKey, quotesAnswer, quoteText } from "./quotes";
import type { AnswerFeedback, AnswerScores, FeedbackItem, StoredQuestion } from "./records";

/** Bump when the feedback's shape or rules change; stored with every answer. */
export const FEEDBACK_VERSION = "practice-feedback-3";

/** Lists are cut here: a fifth point is rarely read. */
const MAX_ITEMS = 4;
/** A part scoring at least this reads as a strength; below GOOD_PART, the part is worth an improvement. */
const STRENGTH_PART = 50;
const GOOD_PART = 70;
/** A dimension below this earns its own improvement. */
const WEAK_DIMENSION = 60;

const FIGURE = /[\d%£$€]/;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|my|me)\b/;

const PRAISE: Record<StarPart, (quote: string) => string> = {
  situation: (q) => `You set the scene, so the listener knows what was at stake: ${q}.`,
  task: (q) => `You say what you were responsible for: ${q}.`,
  action: (q) => `You show the steps you took yourself: ${q}.`,
  result: (q) => `You close with the outcome: ${q}.`,
};

type Context = { answer: string; star: StarScore; sentences: string[]; scores: AnswerScores; competency: string };

function firstDistinct(candidates: FeedbackItem[], max: number): FeedbackItem[] {
  const out: FeedbackItem[] = [];
  for (const item of candidates) {
    if (out.length >= max) break;
    if (!out.some((kept) => kept.key === item.key || kept.text === item.text)) out.push(item);
  }
  return out;
}

function partSentences(ctx: Context, part: StarPart): string[] {
  return ctx.star.parts[part].sentences.map((i) => ctx.sentences[i]).filter((s): s is string => Boolean(s));
}

function strengths(ctx: Context, theme: string): FeedbackItem[] {
  const { star, sentences } = ctx;
  const q = (s: string) => quoteText(s);
  const byScore = [...STAR_PARTS].sort((a, b) => star.parts[b].score - star.parts[a].score);
  const candidates: FeedbackItem[] = [];
  for (const part of byScore) {
    const [first] = partSentences(ctx, part);
    if (first && star.parts[part].score >= STRENGTH_PART) candidates.push({ key: `strength:${part}`, text: PRAISE[part](q(first)) });
  }
  const results = partSentences(ctx, "result");
  const figure = results.find((s) => FIGURE.test(s));
  if (star.quantifiedResult && figure) {
    candidates.push({ key: "strength:quantified", text: `You put a number on the outcome: ${q(figure)}.` });
  }
  const owned = partSentences(ctx, "action").find((s) => FIRST_PERSON.test(s));
  if (owned && star.ownership.i > star.ownership.we) {
    candidates.push({ key: "strength:first-person", text: `You tell it in the first person, so your part is clear: ${q(owned)}.` });
  }
  if (theme === "result" && results[0]) {
    candidates.push({ key: "strength:on-theme", text: `Your result ties back to the question: ${q(results[results.length - 1] ?? results[0])}.` });
  }
  // Always available, so even a one-line answer gets two points to build on.
  const opening = sentences[0] ?? ctx.answer;
  const closing = sentences[sentences.length - 1] ?? ctx.answer;
  candidates.push({ key: "strength:direct", text: `You answered directly, which gives you a story to build on: ${q(opening)}.` });
  candidates.push({ key: "strength:material", text: `There is material here worth keeping: ${q(closing)}.` });
  return firstDistinct(candidates, MAX_ITEMS);
}

function partImprovement(ctx: Context, part: StarPart): FeedbackItem {
  const { sentences } = ctx;
  const [first] = partSentences(ctx, part);
  const feedback = ctx.star.parts[part].feedback;
  const opening = quoteText(sentences[0] ?? ctx.answer, 10);
  const closing = quoteText(sentences[sentences.length - 1] ?? ctx.answer, 10);
  const anchor = first
    ? `Rework ${quoteText(first, 10)} with that in mind.`
    : part === "situation"
      ? `Add it before ${opening}.`
      : part === "result"
        ? `Add it after ${closing}.`
        : `Add it after ${opening}.`;
  return { key: `improve:${part}`, text: `${feedback} ${anchor}` };
}

function improvements(ctx: Context): FeedbackItem[] {
  const { star, sentences, scores } = ctx;
  const fromRubric = star.suggestions
    .filter((s) => quotesAnswer(s, ctx.answer))
    .slice(0, 3)
    .map((text) => ({ key: feedbackKey(text), text }));
  const weakParts = [...STAR_PARTS]
    .filter((part) => star.parts[part].score < GOOD_PART)
    .sort((a, b) => star.parts[a].score - star.parts[b].score)
    .map((part) => partImprovement(ctx, part));
  const closing = sentences[sentences.length - 1] ?? ctx.answer;
  const firstAction = partSentences(ctx, "action")[0] ?? sentences[0] ?? ctx.answer;
  const dimensional: FeedbackItem[] = [];
  if (scores.relevance < WEAK_DIMENSION) {
    dimensional.push({
      key: "improve:relevance",
      text: `Tie the story back to the question: after ${quoteText(closing, 10)}, say in one sentence how it shows ${ctx.competency}.`,
    });
  }
  if (scores.specificity < WEAK_DIMENSION) {
    dimensional.push({
      key: "improve:specificity",
      text: `Make ${quoteText(firstAction, 10)} more specific: name the step you took yourself, the tool or people involved, and a figure.`,
    });
  }
  const fallbacks: FeedbackItem[] = [
    {
      key: "improve:opening",
      text: `Rehearse ${quoteText(sentences[0] ?? ctx.answer, 10)} as an opening that tells the listener what the story is about.`,
    },
    {
      key: "improve:follow-up",
      text: `Be ready for follow-up questions on ${quoteText(closing, 10)}: what exactly you did, and what you would do differently.`,
    },
  ];
  return firstDistinct([...fromRubric, ...dimensional, ...weakParts, ...fallbacks], MAX_ITEMS);
}

/** Everything the rubric engine knows about one answer, ready to store. */
export type RubricFeedback = { scores: AnswerScores; feedback: AnswerFeedback };

/**
 * Scores and explains one answer. `star` is `scoreStarAnswer(answer, question.text)`; `competencyLabel` names the
 * question's primary competency in plain words; `targetRole` tailors the model answer.
 */
export function buildRubricFeedback(input: {
  answer: string;
  question: StoredQuestion;
  star: StarScore;
  competencyLabel: string;
  targetRole: string | null;
}): RubricFeedback {
  const { answer, question, star } = input;
  const dimensions = scoreDimensions(answer, question, star);
  const { relevance } = dimensions;
  // A declined answer's numbers (relevance can still count topic words) are no judgement: stored as zeros, shown as
  // "insufficient evidence".
  const verdict = star.insufficientEvidence ? { reason: star.insufficientEvidence.reason, message: star.insufficientEvidence.message } : null;
  const scores: AnswerScores = verdict ? { structure: 0, relevance: 0, specificity: 0, impact: 0 } : dimensions.scores;
  // An answer of symbols only has no sentences; the raw text stands in, so every item can still quote it.
  const sentences = star.sentences.length > 0 ? star.sentences : [answer];
  const ctx: Context = { answer, star, sentences, scores, competency: input.competencyLabel };
  const part = (p: StarPart) => ({ score: star.parts[p].score, feedback: star.parts[p].feedback });
  return {
    scores,
    feedback: {
      version: FEEDBACK_VERSION,
      engine: "rubric",
      rubricVersion: star.rubricVersion,
      star: {
        overall: star.overall,
        parts: { situation: part("situation"), task: part("task"), action: part("action"), result: part("result") },
        missing: [...star.missing],
        quantifiedResult: star.quantifiedResult,
        ownership: { ...star.ownership },
        wordCount: star.wordCount,
      },
      relevance,
      strengths: strengths(ctx, relevance.theme),
      improvements: improvements(ctx),
      modelAnswer: buildModelAnswer({ question, star, targetRole: input.targetRole, competencyLabel: input.competencyLabel }),
      insufficientEvidence: verdict,
    },
  };
}
