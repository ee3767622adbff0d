/**
 * Reading the STAR parts out of a streamed model answer. The model is asked for four paragraphs labelled
 * "Situation:", "Task:", "Action:" and "Result:"; when it drops the labels, the rubric's own sentence labelling
 * (the same one that scores answers) assigns each sentence to a part instead, unless there are exactly four
 * paragraphs, which are read in STAR order. Pure, so it is unit-tested.
 */
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { STAR_PARTS, type StarPart } from "@/lib/scoring/star-schema";

export type ModelAnswerParts = Record<StarPart, string>;

/** A label at the start of a line, optionally in bold or after a heading mark: "**Situation:**", "## Task -". */
const LABEL = /(?:^|\n)[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(situation|task|action|result)s?(?:\*\*|__)?[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?:\*\*|__)?/gi;

const tidy = (text: string) => text.replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim();

/** The four parts from labelled paragraphs, or null unless each label appears (first occurrences, in STAR order). */
export function splitLabelledParts(text: string): ModelAnswerParts | null {
  const found: { part: StarPart; start: number; end: number }[] = [];
  for (const match of text.matchAll(LABEL)) {
    const part = match[1]!.toLowerCase() as StarPart;
    if (found.some((f) => f.part === part)) continue;
    found.push({ part, start: match.index, end: match.index + match[0].length });
  }
  if (found.length !== STAR_PARTS.length || found.some((f, i) => f.part !== STAR_PARTS[i])) return null;
  const parts = {} as ModelAnswerParts;
  found.forEach((f, i) => {
    parts[f.part] = tidy(text.slice(f.end, found[i + 1]?.start ?? text.length));
  });
  return STAR_PARTS.every((p) => parts[p].length > 0) ? parts : null;
}

/**
 * Unlabelled parts: four paragraphs are taken in STAR order; otherwise the rubric labels the sentences. Null when
 * any part would be empty.
 */
export function deriveParts(text: string): ModelAnswerParts | null {
  const paragraphs = text.split(/\n\s*\n/).map(tidy).filter(Boolean);
  if (paragraphs.length === STAR_PARTS.length) {
    const [situation, task, action, result] = paragraphs as [string, string, string, string];
    return { situation, task, action, result };
  }
  const star = scoreStarAnswer(tidy(text));
  const parts = {} as ModelAnswerParts;
  for (const part of STAR_PARTS) {
    parts[part] = star.parts[part].sentences.map((i) => star.sentences[i] ?? "").join(" ").trim();
  }
  return STAR_PARTS.every((p) => parts[p].length > 0) ? parts : null;
}

/**
 * The model answer to store: the text as streamed (trimmed) and its parts. Null when the text does not show the
 * STAR shape at all, which the engine treats as unusable output.
 */
export function readModelAnswer(text: string): { text: string; parts: ModelAnswerParts } | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parts = splitLabelledParts(trimmed) ?? deriveParts(trimmed);
  return parts ? { text: trimmed, parts } : null;
}
