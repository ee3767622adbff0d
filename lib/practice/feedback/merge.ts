/**
 * Turns the model's feedback into the stored `AnswerFeedback`: items that do not quote the answer are dropped (a quote
 * the candidate never said would teach them nothing and erode trust), short lists are topped up from the rubric's own
 * quoted items, and the rubric's deterministic fields (STAR parts, relevance) are kept so every view still works.
 * Pure, so it is unit-tested.
 */
import { MAX_FEEDBACK_ITEMS, MIN_FEEDBACK_ITEMS, type FeedbackModelOutput } from "@/lib/ai/feedback-prompt";
import type { RubricFeedback } from "@/lib/practice/session/feedback";
import { feedbackKey, quotesAnswer } from "@/lib/practice/session/quotes";
import type { FeedbackItem } from "@/lib/practice/session/records";
import type { ModelAnswerParts } from "./model-answer-text";

/** Curly double quotes read as straight ones, so `quotesAnswer` finds the quoted span either way. */
function straightenQuotes(text: string): string {
  return text.replace(/[“”„‟″]/g, '"').replace(/\s+/g, " ").trim();
}

/** The model's items that quote `answer`, straightened, deduplicated, as stored feedback items. */
export function keepQuotedItems(items: readonly string[], answer: string, prefix: "strength" | "improve"): FeedbackItem[] {
  const kept: FeedbackItem[] = [];
  for (const raw of items) {
    const text = straightenQuotes(raw);
    if (!text || !quotesAnswer(text, answer)) continue;
    const key = `ai-${prefix}:${feedbackKey(text)}`;
    if (kept.some((item) => item.key === key || item.text === text)) continue;
    kept.push({ key, text });
  }
  return kept;
}

/**
 * Cuts `items` to `max` and, when fewer than `min` remain, appends items from `fallback` (skipping any with the same
 * key or text) until there are `min` or the fallback runs out.
 */
export function topUp(items: readonly FeedbackItem[], fallback: readonly FeedbackItem[], min = MIN_FEEDBACK_ITEMS, max = MAX_FEEDBACK_ITEMS): FeedbackItem[] {
  const out = items.slice(0, max);
  for (const item of fallback) {
    if (out.length >= min) break;
    if (!out.some((kept) => kept.key === item.key || kept.text === item.text)) out.push(item);
  }
  return out;
}

/** The AI's judgement and model answer over the rubric's feedback for the same answer. */
export function mergeAiFeedback(input: {
  answer: string;
  rubric: RubricFeedback;
  ai: FeedbackModelOutput;
  modelAnswer: { text: string; parts: ModelAnswerParts };
}): RubricFeedback {
  const { rubric, ai, answer } = input;
  const strengths = topUp(keepQuotedItems(ai.strengths, answer, "strength"), rubric.feedback.strengths);
  const improvements = topUp(keepQuotedItems(ai.improvements, answer, "improve"), rubric.feedback.improvements);
  return {
    scores: { ...ai.scores },
    feedback: {
      ...rubric.feedback,
      engine: "ai",
      strengths,
      improvements,
      modelAnswer: { engine: "ai", text: input.modelAnswer.text, parts: { ...input.modelAnswer.parts } },
    },
  };
}
