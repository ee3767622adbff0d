/**
 * The evidence behind each part score, as quotes copied exactly from the answer. A score a reader cannot trace back
 * to the candidate's words is an opinion; with the quotes beside it, anyone can check what earned it.
 */
import type { AnswerAnalysis } from "./analysis";
import { STAR_PARTS, type StarPart } from "./rubric-config";
import type { SentenceFeatures } from "./sentence-features";

/** More than this many quotes per part stops being evidence and becomes the whole answer again. */
const MAX_QUOTES_PER_PART = 3;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The span of `answer` that `sentence` was read from. The splitter trims list markers and joins wrapped lines, so a
 * sentence is not always a substring as it stands: then its words are found with any whitespace between them.
 */
export function spanInAnswer(answer: string, sentence: string): string | null {
  const text = sentence.trim();
  if (!text) return null;
  if (answer.includes(text)) return text;
  const words = text.split(/\s+/).map(escape);
  const found = new RegExp(words.join("\\s+")).exec(answer);
  return found ? found[0] : null;
}

/** Which of a part's sentences carry its evidence: the owned actions, the measured or concrete outcomes. */
function carriesEvidence(part: StarPart, f: SentenceFeatures): boolean {
  if (part === "action") return f.iActionVerbs.length > 0;
  if (part === "result") return f.measuredChange || f.concreteOutcome || f.quantity > 0 || f.reflection;
  return true;
}

/** Up to three quotes per part, evidence-carrying sentences first, in the order they were said. */
export function partQuotes(a: AnswerAnalysis, answer: string): Record<StarPart, string[]> {
  const out = {} as Record<StarPart, string[]>;
  for (const part of STAR_PARTS) {
    const indexes = a.partSentences[part];
    const strong = indexes.filter((i) => {
      const f = a.features[i];
      return f ? carriesEvidence(part, f) : false;
    });
    const chosen = (strong.length > 0 ? strong : indexes).slice().sort((x, y) => x - y).slice(0, MAX_QUOTES_PER_PART);
    const quotes: string[] = [];
    for (const i of chosen) {
      const span = spanInAnswer(answer, a.sentences[i] ?? "");
      if (span && !quotes.includes(span)) quotes.push(span);
    }
    out[part] = quotes;
  }
  return out;
}
