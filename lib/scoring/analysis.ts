/**
 * One pass over an answer that every later step shares: sentences, per-sentence evidence, labels and totals. The
 * part scorers and the suggestion writer read this instead of re-reading the text.
 */
import { labelSentences } from "./label-sequence";
import type { StarPart } from "./rubric-config";
import { analyseSentence, type SentenceFeatures } from "./sentence-features";
import { splitSentences } from "./sentences";
import { countOwnership } from "./text-stats";

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
  // The same as countWords(sentences.join(" ")), without reading the text again: a space never joins two words.
  let wordCount = 0;
  for (const f of features) wordCount += f.words;
  return { sentences, features, labels, partSentences, wordCount, ownership: countOwnership(answer) };
}

/** Words in the given sentences, as a share of the whole answer (0 when the answer is empty). */
export function wordShare(a: AnswerAnalysis, indexes: readonly number[]): number {
  if (a.wordCount === 0) return 0;
  let words = 0;
  for (const i of indexes) words += a.features[i]?.words ?? 0;
  return words / a.wordCount;
}

/** The features of the given sentences, skipping any index out of range. */
export function featuresOf(a: AnswerAnalysis, indexes: readonly number[]): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  for (const i of indexes) {
    const f = a.features[i];
    if (f) out.push(f);
  }
  return out;
}
