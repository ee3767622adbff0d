/**
 * The published overall: the weighted mix of the part scores minus a length penalty. Both engines use it (the AI
 * engine on the model's part scores); the rubric engine then weighs substance on top (see substance.ts).
 */
import type { PartResult } from "./part-scores";
import {
  LONG_ANSWER_MAX_PENALTY,
  LONG_ANSWER_WORDS,
  PART_WEIGHTS,
  SHORT_ANSWER_MAX_PENALTY,
  SHORT_ANSWER_WORDS,
  STAR_PARTS,
  type StarPart,
} from "./rubric-config";

/** Points lost for length: a very short answer cannot show a story, a very long one loses the listener. */
export function lengthPenalty(wordCount: number): number {
  if (wordCount < SHORT_ANSWER_WORDS) {
    return ((SHORT_ANSWER_WORDS - wordCount) / SHORT_ANSWER_WORDS) * SHORT_ANSWER_MAX_PENALTY;
  }
  if (wordCount > LONG_ANSWER_WORDS) return Math.min(LONG_ANSWER_MAX_PENALTY, (wordCount - LONG_ANSWER_WORDS) / 20);
  return 0;
}

/** Weighted mix of the part scores minus the length penalty, as a whole number from 0 to 100. */
export function overallScore(parts: Record<StarPart, PartResult>, wordCount: number): number {
  const weighted = STAR_PARTS.reduce((sum, part) => sum + PART_WEIGHTS[part] * parts[part].score, 0);
  return Math.max(0, Math.min(100, Math.round(weighted - lengthPenalty(wordCount))));
}
