/**
 * The rubric's overall score, judged on substance rather than length. Starts from the published weighted mix (see
 * `overallScore`) and then:
 *   - a missing Task or Situation earns half the credit of the other when the answer has owned actions and a result:
 *     many careers services teach them as one step ("Situation or Task", University at Buffalo), and a short
 *     complete answer that folds its task into the first sentence should not lose 15 points for it;
 *   - general or hypothetical talk ("I would…", "I always…", "it is important to…") costs points in proportion to
 *     its share of the sentences, and an answer made mostly of it is capped low: there is no example to credit,
 *     however long it runs;
 *   - an answer under MIN_STORY_WORDS words is capped: about ten seconds spoken has no room for four parts;
 *   - an answer with no first-person action at all is capped: the interviewer cannot credit the candidate with
 *     anything, and long team narration must not outscore a short answer that says what "I" did.
 */
import type { AnswerAnalysis } from "./analysis";
import type { PartResult } from "./part-scores";
import {
  FOLDED_PART_SHARE,
  GENERIC_CAP,
  GENERIC_PENALTY,
  GENERIC_SHARE,
  MIN_STORY_WORDS,
  NO_OWNED_ACTION_CAP,
  PART_WEIGHTS,
  type StarPart,
  TOO_SHORT_CAP,
} from "./rubric-config";
import { overallScore } from "./overall";


/** Why the overall was adjusted, for the feedback and the tests. */
export type SubstanceNote = "folded_task" | "folded_situation" | "generic_talk" | "generic" | "no_owned_action" | "too_short";

function ownedActionCount(a: AnswerAnalysis): number {
  const verbs = new Set<string>();
  for (const f of a.features) if (!f.generic) for (const v of f.iActionVerbs) verbs.add(v);
  return verbs.size;
}

/** Credit for a missing Situation or Task, folded from the one that is present. */
function foldedCredit(parts: Record<StarPart, PartResult>, a: AnswerAnalysis): { points: number; note: SubstanceNote | null } {
  const present = (p: StarPart) => a.partSentences[p].length > 0;
  if (!present("action") || !present("result") || parts.action.score === 0) return { points: 0, note: null };
  if (!present("task") && present("situation")) {
    return { points: PART_WEIGHTS.task * FOLDED_PART_SHARE * parts.situation.score, note: "folded_task" };
  }
  if (!present("situation") && present("task")) {
    return { points: PART_WEIGHTS.situation * FOLDED_PART_SHARE * parts.task.score, note: "folded_situation" };
  }
  return { points: 0, note: null };
}

/**
 * The rubric engine's overall score and the adjustments that shaped it.
 *
 * @param parts The four part scores.
 * @param a The analysed answer they were scored from.
 */
export function substantiveOverall(parts: Record<StarPart, PartResult>, a: AnswerAnalysis): { overall: number; notes: SubstanceNote[] } {
  const notes: SubstanceNote[] = [];
  const fold = foldedCredit(parts, a);
  if (fold.note) notes.push(fold.note);
  // overallScore already subtracts the length penalty; the folded credit is added on top and rounded again.
  const base = overallScore(parts, a.wordCount);
  let overall = Math.round(Math.min(100, base + fold.points));
  const genericShare = a.features.filter((f) => f.generic).length / Math.max(1, a.features.length);
  const owned = ownedActionCount(a);
  if (genericShare > 0) {
    overall = Math.round(overall - GENERIC_PENALTY * genericShare);
    notes.push("generic_talk");
  }
  if (genericShare >= GENERIC_SHARE && owned < 2) {
    overall = Math.min(overall, GENERIC_CAP);
    notes.push("generic");
  } else if (owned === 0) {
    overall = Math.min(overall, NO_OWNED_ACTION_CAP);
    notes.push("no_owned_action");
  }
  if (a.wordCount < MIN_STORY_WORDS && overall > TOO_SHORT_CAP) {
    overall = TOO_SHORT_CAP;
    notes.push("too_short");
  }
  return { overall: Math.max(0, overall), notes };
}
