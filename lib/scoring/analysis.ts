/**
 * One pass over an answer that every later step shares: sentences, per-sentence evidence, labels and totals. The
 * part scorers and the suggestion writer read this instead of re-reading the text.
 */
import { labelSentences } from "./label-sequence";
import type { StarPart } from "./rubric-config";
import { analyseSentence, type SentenceFeatures } from "./sentence-features";
import { splitSentences } from "./sentences";
import { countOwnership, countWords } from "./text-stats";

export type AnswerAnalysis = {
  sentences: string[];
  features: SentenceFeatures[];
  labels: (StarPart | null)[];
  partSentences: Record<StarPart, number[]>;
  wordCount: number;
  ownership: { i: number; we: number };
};

/** Splits, reads and labels an answer. */
export function analyseAnswer(answer: string): AnswerAnalysis {
  const sentences = splitSentences(answer);
  const features = sentences.map(analyseSentence);
  const { labels, partSentences } = labelSentences(features);
  return {
    sentences,
    features,
    labels,
    partSentences,
    wordCount: countWords(sentences.join(" ")),
    ownership: countOwnership(answer),
  };
}

/** Words in the given sentences, as a share of the whole answer (0 when the answer is empty). */
export function wordShare(a: AnswerAnalysis, indexes: readonly number[]): number {
  if (a.wordCount === 0) return 0;
  return indexes.reduce((sum, i) => sum + (a.features[i]?.words ?? 0), 0) / a.wordCount;
}

/** The features of the given sentences, skipping any index out of range. */
export function featuresOf(a: AnswerAnalysis, indexes: readonly number[]): SentenceFeatures[] {
  return indexes.flatMap((i) => (a.features[i] ? [a.features[i]] : []));
}
