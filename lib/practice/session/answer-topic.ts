/**
 * What a question is about, as weighted terms an on-topic answer is likely to use: the question's own content words,
 * its bank keywords, and the words of its competencies (named, as in `COMPETENCY_LEXICON`, or shown, as in
 * `COMPETENCY_STORY_TERMS`). Answer relevance counts how many of them an answer uses.
 *
 * Weights, so that a word that says what this question is about counts more than one many questions share:
 *   question word      its rarity across the bank's question texts: log(N / df) / log(N / 2), kept within 0.25–1
 *                      ("incident" is near 1, "team" nearer 0.4); framing words ("tell", "describe", "afterwards")
 *                      are left out
 *   bank keyword       1 (curated for this question: "outage", "on-call", "postmortem")
 *   competency word    1 for the primary competency, 0.4 for the others
 * A term listed twice keeps its larger weight (and the question's own words win a tie).
 */
import { getBankQuestion, QUESTION_BANK } from "@/lib/practice/questions/bank";
import { COMPETENCY_LEXICON, COMPETENCY_STORY_TERMS } from "@/lib/practice/questions/competency-lexicon";
import { termStems, termVariants, tokenise } from "@/lib/practice/questions/text";
import type { Competency } from "@/lib/practice/questions/types";
import type { StoredQuestion } from "./records";

/**
 * One term an on-topic answer may use, and where it came from: the question's own words and keywords, its primary
 * competency, or one of the others.
 */
export type TopicTerm = { label: string; variants: string[][]; weight: number; kind: "question" | "primary" | "secondary" };

export type QuestionForTopic = Pick<StoredQuestion, "text" | "competencies"> & { id?: string };

/**
 * Words that frame a question without saying what it is about, and everyday words too common in any story to show
 * the topic (the bank is too small for rarity alone to tell that "everyone" says nothing).
 */
const QUESTION_FRAME = new Set(
  termStems(
    "tell describe give example time situation talk walk share explain recall think moment occasion instance " +
      "question happened handle handled approach approached particular specific ever afterwards involved " +
      "next hardest parts everyone someone something anything people person thing work way lot",
  ),
);

const MIN_WORD_WEIGHT = 0.25;
const KEYWORD_WEIGHT = 1;
const PRIMARY_COMPETENCY_WEIGHT = 1;
const SECONDARY_COMPETENCY_WEIGHT = 0.4;
/** Questions are asked again and again; each distinct question's topic is built once. */
const MAX_CACHED_TOPICS = 500;

let documentFrequency: Map<string, number> | undefined;
const topicCache = new Map<string, TopicTerm[]>();

function bankDocumentFrequency(): Map<string, number> {
  if (documentFrequency) return documentFrequency;
  const counts = new Map<string, number>();
  for (const question of QUESTION_BANK) {
    for (const s of new Set(tokenise(question.text).map((token) => token.stem))) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  documentFrequency = counts;
  return counts;
}

/** How much a question word says about this question in particular (see the module comment). */
function wordWeight(stem: string): number {
  const n = QUESTION_BANK.length;
  const df = Math.max(1, bankDocumentFrequency().get(stem) ?? 1);
  return Math.min(1, Math.max(MIN_WORD_WEIGHT, Math.log(n / df) / Math.log(n / 2)));
}

function buildTopic(question: QuestionForTopic): TopicTerm[] {
  const terms = new Map<string, TopicTerm>();
  const add = (label: string, weight: number, kind: TopicTerm["kind"], variants = termVariants(label)) => {
    const [first] = variants;
    if (!first) return;
    const key = first.join(" ");
    const known = terms.get(key);
    if (!known || known.weight < weight) terms.set(key, { label, variants, weight, kind });
  };
  for (const token of tokenise(question.text)) {
    if (!QUESTION_FRAME.has(token.stem)) add(token.raw, wordWeight(token.stem), "question", [[token.stem]]);
  }
  for (const keyword of (question.id && getBankQuestion(question.id)?.keywords) || []) add(keyword, KEYWORD_WEIGHT, "question");
  question.competencies.forEach((competency, i) => {
    const [weight, kind] = i === 0 ? [PRIMARY_COMPETENCY_WEIGHT, "primary" as const] : [SECONDARY_COMPETENCY_WEIGHT, "secondary" as const];
    const named = COMPETENCY_LEXICON[competency as Competency] ?? [];
    const shown = COMPETENCY_STORY_TERMS[competency as Competency] ?? [];
    for (const term of [...named, ...shown]) add(term, weight, kind);
  });
  return [...terms.values()];
}

/** The question's topic terms, built once per question. */
export function questionTopic(question: QuestionForTopic): TopicTerm[] {
  const key = `${question.id ?? ""}\u0000${question.text}\u0000${question.competencies.join(",")}`;
  let topic = topicCache.get(key);
  if (!topic) {
    topic = buildTopic(question);
    if (topicCache.size >= MAX_CACHED_TOPICS) topicCache.clear();
    topicCache.set(key, topic);
  }
  return topic;
}
