/**
 * The offline model answer, assembled from the candidate's own answer: their situation, task, action and result
 * sentences (as the STAR rubric labelled them) are kept in STAR order, and only what is missing or weak is added as a
 * complete generic sentence: a situation, task, actions or result the answer lacks, a first-person step when no
 * action says "I", a measured-result sentence when the result has no figure. `generic` lists the parts that contain
 * such sentences, so the page can say which wording is the candidate's and which is standard. It never contains
 * square-bracket placeholders: a bracket the candidate typed becomes a parenthesis.
 */
import { STAR_PARTS, type StarPart, type StarScore } from "@/lib/scoring/star-schema";
import { hasQuantity } from "@/lib/scoring/text-stats";
import { DEFAULT_HINT, GENERIC, HINTS } from "./model-answer-hints";
import type { StoredQuestion } from "./records";

/** The most sentences kept per part: enough for the story, short enough to read as a model. */
const MAX_SENTENCES: Record<StarPart, number> = { situation: 2, task: 2, action: 4, result: 3 };
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|my|me|myself)\b/;

export type ModelAnswer = {
  engine: "templated";
  text: string;
  parts: { situation: string; task: string; action: string; result: string };
  /** The parts that include a generic sentence, in STAR order; empty when every sentence is the candidate's. */
  generic: StarPart[];
};

/** "a product manager", "an engineer"; a role that already starts with an article is kept as written. */
function withArticle(role: string): string {
  if (/^(?:a|an|the)\s/i.test(role)) return role;
  return `${/^[aeiou]/i.test(role) ? "an" : "a"} ${role}`;
}

/** Square brackets read as a gap to fill in, so the candidate's own become parentheses. */
const noBrackets = (text: string) => text.replace(/\[/g, "(").replace(/\]/g, ")");

/** A sentence of the candidate's, tidied: single spaces, closing punctuation, and no square brackets. */
function tidy(sentence: string): string {
  const text = noBrackets(sentence).replace(/\s+/g, " ").trim();
  return /[.!?…"'”’)]$/.test(text) ? text : `${text}.`;
}

/**
 * The candidate's sentence indexes per part: each sentence once, under the part the rubric read it as; a part the
 * rubric found only in a sentence it labelled otherwise takes that sentence when its owner keeps another one.
 */
function sentencesByPart(star: StarScore): Record<StarPart, number[]> {
  const byPart: Record<StarPart, number[]> = { situation: [], task: [], action: [], result: [] };
  star.sentenceLabels.forEach((label, i) => {
    if (label) byPart[label].push(i);
  });
  for (const part of STAR_PARTS) {
    if (byPart[part].length > 0) continue;
    for (const i of star.parts[part].sentences) {
      const owner = STAR_PARTS.find((p) => byPart[p].includes(i));
      if (owner && byPart[owner].length < 2) continue;
      if (owner) byPart[owner] = byPart[owner].filter((j) => j !== i);
      byPart[part].push(i);
      break;
    }
  }
  for (const part of STAR_PARTS) byPart[part] = byPart[part].sort((a, b) => a - b).slice(0, MAX_SENTENCES[part]);
  return byPart;
}

/** Builds the offline model answer for one question from the candidate's answer (see the module comment). */
export function buildModelAnswer(input: {
  question: Pick<StoredQuestion, "kind" | "competencies">;
  targetRole: string | null;
  competencyLabel: string;
  /** The rubric's reading of the candidate's answer; without it, every part is generic. */
  star?: StarScore;
}): ModelAnswer {
  const hint = HINTS[input.question.competencies[0] ?? ""] ?? DEFAULT_HINT;
  const role = noBrackets(input.targetRole ?? "").trim().replace(/\s+/g, " ").slice(0, 80) || null;
  const own = input.star ? sentencesByPart(input.star) : { situation: [], task: [], action: [], result: [] };
  const sentences = (part: StarPart) => own[part].map((i) => tidy(input.star?.sentences[i] ?? "")).filter((s) => s.length > 1);

  const built: Record<StarPart, { text: string[]; generic: boolean }> = {
    situation: { text: sentences("situation"), generic: false },
    task: { text: sentences("task"), generic: false },
    action: { text: sentences("action"), generic: false },
    result: { text: sentences("result"), generic: false },
  };
  const addGeneric = (part: StarPart, ...text: string[]) => {
    built[part].text.push(...text);
    built[part].generic = true;
  };
  if (built.situation.text.length === 0) {
    addGeneric("situation", input.question.kind === "role_specific" ? GENERIC.roleSpecificSituation : GENERIC.situation(hint.situation));
  }
  if (built.task.text.length === 0) addGeneric("task", hint.task);
  if (built.action.text.length === 0) addGeneric("action", ...GENERIC.actions(hint.action));
  else if (!built.action.text.some((s) => FIRST_PERSON.test(s))) addGeneric("action", GENERIC.ownStep(hint.action));
  if (built.result.text.length === 0) addGeneric("result", GENERIC.result);
  else if (!built.result.text.some((s) => hasQuantity(s.toLowerCase()))) addGeneric("result", GENERIC.measure);
  // Built from the profile rather than invented, so it does not make the result generic.
  built.result.text.push(`That is how I would approach ${input.competencyLabel} ${role ? `as ${withArticle(role)}` : "in the role I am applying for"}.`);

  const parts = {
    situation: built.situation.text.join(" "),
    task: built.task.text.join(" "),
    action: built.action.text.join(" "),
    result: built.result.text.join(" "),
  };
  return {
    engine: "templated",
    text: [parts.situation, parts.task, parts.action, parts.result].join(" "),
    parts,
    generic: STAR_PARTS.filter((part) => built[part].generic),
  };
}
