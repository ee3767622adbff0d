/**
 * Merges the model's STAR judgement with the deterministic fields of the rubric engine's score for the same answer.
 *
 * The model decides what needs judgement: sentence labels, part scores and feedback, whether the result is
 * quantified, suggestions. The rubric engine keeps what must not vary between engines: the sentences (same splitter,
 * so indexes line up), word count, speaking time, I/we counts, and the published overall formula (weights and length
 * penalty). The merged object is validated with `starScoreSchema` before anyone sees it.
 */
import { overallScore } from "@/lib/scoring/star-rubric";
import { RUBRIC_VERSION, STAR_PARTS, type StarScore, starScoreSchema } from "@/lib/scoring/star-schema";
import { AiUnavailableError } from "./ai-errors";
import type { StarModelOutput } from "./star-prompt";

const sortedUnique = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);

/**
 * Builds the AI engine's `StarScore`. Throws `AiUnavailableError("invalid_output")` if the judgement does not fit the
 * answer (e.g. labels for a different number of sentences) or the result fails `starScoreSchema`.
 *
 * @param rubric The rubric engine's score for the same answer, the source of every deterministic field.
 * @param judgement The model's validated reply.
 */
export function mergeStarJudgement(rubric: StarScore, judgement: StarModelOutput): StarScore {
  const count = rubric.sentences.length;
  if (judgement.sentenceLabels.length !== count) {
    throw new AiUnavailableError("invalid_output", "The reply labelled a different number of sentences.");
  }
  const parts = Object.fromEntries(
    STAR_PARTS.map((part) => {
      const judged = judgement.parts[part];
      // A sentence labelled with a part always counts towards it, whether or not the model listed it there too.
      const labelled = judgement.sentenceLabels.flatMap((label, i) => (label === part ? [i] : []));
      const sentences = sortedUnique([...judged.sentences, ...labelled]).filter((i) => i < count);
      // The rubric promises a missing part scores zero, whichever engine read it.
      return [part, { score: sentences.length === 0 ? 0 : judged.score, feedback: judged.feedback.trim(), sentences }];
    }),
  ) as StarScore["parts"];

  const merged: StarScore = {
    engine: "ai",
    rubricVersion: RUBRIC_VERSION,
    overall: overallScore(parts, rubric.wordCount),
    parts,
    sentences: rubric.sentences,
    ownership: rubric.ownership,
    quantifiedResult: judgement.quantifiedResult,
    suggestions: [...new Set(judgement.suggestions.map((s) => s.trim()).filter(Boolean))],
    wordCount: rubric.wordCount,
    missing: STAR_PARTS.filter((p) => parts[p].sentences.length === 0),
    speakingTimeSeconds: rubric.speakingTimeSeconds,
    sentenceLabels: judgement.sentenceLabels,
  };
  const checked = starScoreSchema.safeParse(merged);
  if (!checked.success) {
    const paths = checked.error.issues.slice(0, 5).map((i) => i.path.join(".") || "(root)");
    throw new AiUnavailableError("invalid_output", `The merged score failed validation at ${paths.join(", ")}.`);
  }
  return checked.data;
}
