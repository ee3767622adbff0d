/**
 * The offline follow-up: one question per gap, each quoting a short span of the candidate's answer so it reads as a
 * reply to what they said rather than a generic prompt. Deterministic: the same answer always gets the same question.
 */
import type { StarPart, StarScore } from "@/lib/scoring/star-schema";
import { findGaps, type FollowUpTarget } from "./gaps";
import { quoteSpan } from "./quote-span";

/** A follow-up ready to ask: which gap it probes and the question itself. */
export type FollowUpDraft = { target: FollowUpTarget; question: string };

const PLURAL = /\b(?:we|we're|we've|our|ours|us)\b/i;

const TEMPLATES: Record<FollowUpTarget, (quote: string) => string> = {
  ownership: (q) => `You said ${q}. What did you do yourself, as opposed to the team?`,
  result: (q) => `You ended with ${q}. What was the outcome in the end, and how did you know it had worked?`,
  numbers: (q) => `You said ${q}. Can you put a number on that result: how much, how many or how fast?`,
  situation: (q) => `Before ${q}, what was the situation: where were you, and what was at stake?`,
  task: (q) => `You mentioned ${q}. What exactly were you responsible for there?`,
  action: (q) => `You said ${q}. Walk me through the steps you took yourself, one at a time.`,
};

function sentencesOf(star: StarScore, answer: string): string[] {
  return star.sentences.length > 0 ? star.sentences : [answer];
}

function partSentence(star: StarScore, sentences: string[], part: StarPart): string | undefined {
  const index = star.parts[part].sentences[0];
  return index === undefined ? undefined : sentences[index];
}

/** The sentence a follow-up about `target` quotes: the one that shows the gap, else the nearest sensible one. */
export function anchorSentence(target: FollowUpTarget, star: StarScore, answer: string): string {
  const sentences = sentencesOf(star, answer);
  const first = sentences[0] ?? answer;
  const last = sentences[sentences.length - 1] ?? answer;
  switch (target) {
    case "ownership":
      return sentences.find((s) => PLURAL.test(s)) ?? first;
    case "result":
      return last;
    case "numbers":
      return partSentence(star, sentences, "result") ?? last;
    case "situation":
      return first;
    default:
      return partSentence(star, sentences, target) ?? first;
  }
}

/** The templated question for one gap of this answer. */
export function templateFollowUp(target: FollowUpTarget, star: StarScore, answer: string): FollowUpDraft {
  return { target, question: TEMPLATES[target](quoteSpan(anchorSentence(target, star, answer))) };
}

/** The offline choice: a question about the answer's first gap, or null when there is nothing to probe. */
export function chooseFollowUp(star: StarScore, answer: string): FollowUpDraft | null {
  const [target] = findGaps(star);
  return target ? templateFollowUp(target, star, answer) : null;
}
