/**
 * Reads one sentence into the evidence the labeller and the part scorers need: cue strength per STAR part, owned
 * actions, figures, and the phrases worth quoting back in suggestions. Evidence here ignores position; position and
 * order are weighed later, across the whole answer.
 */
import { anyOf, gateCues, sumCues } from "./regex-gates";
import { STAR_PARTS, type StarPart } from "./rubric-config";
import {
  ACTION_CUES,
  CONCRETE_OUTCOME,
  CONTEXT_MARKER,
  EXPLICIT_LABELS,
  FILLER_SENTENCE,
  FIRST_PERSON_TASK,
  I_ACTION,
  I_GENERIC_PAST,
  I_PROGRESSIVE,
  IMPACT_SUBJECT,
  MEASURED_CHANGE,
  MEASURED_CHANGE_IN_WORDS,
  PAST_ACTION_VERB,
  REFLECTION,
  RESULT_CUES,
  SEQUENCE_MARKER,
  SITUATION_CUES,
  STAKES,
  TASK_CUES,
  TASK_TARGET,
  VAGUE_RESULT,
  WE_ACTION,
  WEAK_ACTION,
} from "./star-cues";
import { GENERIC_STATEMENT } from "./substance-cues";
import { countWords, quantityStrength } from "./text-stats";

export type SentenceFeatures = {
  words: number;
  /** Cue evidence per part, before position and order are considered. */
  cues: Record<StarPart, number>;
  /** Evidence that the sentence is filler ("Great question."), read as no part. */
  filler: number;
  explicitLabel: StarPart | null;
  /** Distinct action verbs with "I" as the subject (coordinated verbs included: "I rewrote…, added… and…"). */
  iActionVerbs: string[];
  /** Distinct action verbs with "we" or "the team" as the subject. */
  weActionVerbs: string[];
  /** The first "we" action clause as written, e.g. "we fixed the bug", for quoting. */
  weClause: string | null;
  /** A weak-verb clause as written, e.g. "I helped with the launch", for quoting. */
  weakClause: string | null;
  quantity: 0 | 1 | 2;
  vagueResult: boolean;
  /** A change with a figure on it ("fell from 12 days to four", "cut costs by 18%", "doubled"), not a figure alone. */
  measuredChange: boolean;
  /** Talk in general or in the conditional ("I would…", "I always…") rather than about something that happened. */
  generic: boolean;
  concreteOutcome: boolean;
  reflection: boolean;
  impact: boolean;
  stakes: boolean;
  /** A time, place or role marker ("at the time", "my last job"), a named organisation or product, or a figure. */
  context: boolean;
  sequence: boolean;
  firstPersonTask: boolean;
  taskTarget: boolean;
};

/** A capitalised word after the first one, other than "I": a named company, product, place or person. */
const NAMED = /\s["'(]?(?!I(?:'\w+)?\b)\p{Lu}[\p{L}\d]+/u;

// Most sentences match no cue of a given list, so each list sits behind one combined test (see regex-gates.ts).
const SITUATION = gateCues(SITUATION_CUES);
const TASK = gateCues(TASK_CUES);
const ACTION = gateCues(ACTION_CUES);
const RESULT = gateCues(RESULT_CUES);
/** Evidence few sentences carry: a vague result, a reflection, a weak or a progressive verb. */
const RARE_EVIDENCE = anyOf([VAGUE_RESULT, REFLECTION, WEAK_ACTION, I_PROGRESSIVE]);
/** The two task patterns, which together match about one sentence in five. */
const TASK_EVIDENCE = anyOf([FIRST_PERSON_TASK, TASK_TARGET]);
/** Without a digit, MEASURED_CHANGE_IN_WORDS answers for MEASURED_CHANGE. */
const DIGIT = /\d/;

/** All matches of a global regex. An exec loop, not matchAll, which clones the regex on every call. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  re.lastIndex = 0;
  return out;
}

/** Adds group 1 of each match of a global regex to `verbs`, in order; returns how many matches there were. */
function collectVerbs(re: RegExp, text: string, verbs: Set<string>): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text), n++) verbs.add(m[1] ?? "");
  re.lastIndex = 0;
  return n;
}

// Cheap gates: the subject-verb patterns are the costliest regexes, and most sentences have no such subject.
const HAS_I = /\bi\b/;
const HAS_WE = /\b(?:we|team)\b/;

/** Cuts a clause out of `original` starting at `start`: up to the next punctuation, at most eight words. */
export function clauseAt(original: string, start: number): string {
  const rest = original.slice(start);
  const stop = rest.search(/[,;:.!?()]|\s(?:and|but|so|because|which)\s/);
  const clause = stop > 0 ? rest.slice(0, stop) : rest;
  const words = clause.trim().split(/\s+/);
  return words.slice(0, 8).join(" ");
}

/** Lower-cased text whose indexes line up with the original, so matches can be quoted as the candidate wrote them. */
function lowerAligned(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
}

function detectLabel(lower: string): { label: StarPart | null; rest: string } {
  for (const part of STAR_PARTS) {
    const m = EXPLICIT_LABELS[part].exec(lower);
    if (m) return { label: part, rest: lower.slice(m[0].length) };
  }
  return { label: null, rest: lower };
}

function actionEvidence(
  lower: string,
  iVerbs: string[],
  weVerbs: string[],
  weak: boolean,
  progressive: boolean,
): number {
  let a = sumCues(ACTION, lower);
  if (iVerbs.length > 0) a += 2.2 + 0.3 * Math.min(3, iVerbs.length - 1);
  if (weVerbs.length > 0) a += 1.2;
  if (progressive) a += 0.8;
  if (weak) a += 1;
  return a;
}

type ResultFacts = Pick<SentenceFeatures, "quantity" | "concreteOutcome" | "reflection" | "impact" | "measuredChange">;

function resultEvidence(lower: string, f: ResultFacts, vagueMatch: boolean): number {
  let r = sumCues(RESULT, lower);
  if (f.concreteOutcome) r += 1;
  if (vagueMatch) r += 1.8;
  if (f.reflection) r += 1.5;
  if (f.quantity > 0) r += f.quantity === 2 ? 0.6 : 0.2;
  // A measured change ("40% faster", "from 8% to 0.4%") is the signature of a result.
  if (f.measuredChange) r += 1.5;
  if (f.impact && f.concreteOutcome) r += 0.3;
  return r;
}

/** Extracts the STAR evidence of one sentence. Pure and cheap: a few dozen precompiled regex tests. */
export function analyseSentence(sentence: string): SentenceFeatures {
  const aligned = lowerAligned(sentence);
  const { label, rest: lower } = detectLabel(aligned);
  const offset = aligned.length - lower.length;
  const words = countWords(sentence);

  // Verbs outside the lexicon still count when "I" is their subject ("I profiled", "I reprioritised").
  const iVerbs = new Set<string>();
  const hasISubject =
    HAS_I.test(lower) && collectVerbs(I_ACTION, lower, iVerbs) + collectVerbs(I_GENERIC_PAST, lower, iVerbs) > 0;
  // Coordinated verbs share the subject: "I rewrote the query, added an index and introduced a cache".
  if (hasISubject) collectVerbs(PAST_ACTION_VERB, lower, iVerbs);
  const iActionVerbs = [...iVerbs];
  const weMatches = HAS_WE.test(lower) ? allMatches(WE_ACTION, lower) : [];
  const weActionVerbs = [...new Set(weMatches.map((m) => m[1] ?? ""))];
  const firstWe = weMatches[0];
  // Each gate stands for several patterns that usually all fail (see regex-gates.ts).
  const rare = RARE_EVIDENCE.test(lower);
  const taskish = TASK_EVIDENCE.test(lower);
  const weak = rare ? WEAK_ACTION.exec(lower) : null;

  const quantity = quantityStrength(lower);
  const concreteOutcome = CONCRETE_OUTCOME.test(lower);
  const vagueMatch = rare && VAGUE_RESULT.test(lower);
  const base = {
    quantity,
    concreteOutcome,
    reflection: rare && REFLECTION.test(lower),
    impact: IMPACT_SUBJECT.test(lower),
    measuredChange: (DIGIT.test(lower) ? MEASURED_CHANGE : MEASURED_CHANGE_IN_WORDS).test(lower),
  };
  const cues: Record<StarPart, number> = {
    situation: sumCues(SITUATION, lower),
    task: sumCues(TASK, lower),
    action: actionEvidence(lower, iActionVerbs, weActionVerbs, weak !== null, rare && I_PROGRESSIVE.test(lower)),
    result: resultEvidence(lower, base, vagueMatch),
  };
  if (label) cues[label] += 4;

  return {
    words,
    cues,
    filler: words <= 10 && FILLER_SENTENCE.test(lower) ? 3 : 0,
    explicitLabel: label,
    iActionVerbs,
    weActionVerbs,
    weClause: firstWe ? clauseAt(sentence, offset + (firstWe.index ?? 0)) : null,
    weakClause: weak ? clauseAt(sentence, offset + weak.index) : null,
    ...base,
    vagueResult: vagueMatch && !concreteOutcome && quantity === 0,
    // "Now I always check…" after a story is a lesson learned, not talk in general.
    generic: !base.reflection && GENERIC_STATEMENT.test(lower),
    stakes: STAKES.test(lower),
    context: CONTEXT_MARKER.test(lower) || NAMED.test(sentence) || quantity > 0,
    sequence: SEQUENCE_MARKER.test(lower),
    firstPersonTask: taskish && FIRST_PERSON_TASK.test(lower),
    taskTarget: (taskish && TASK_TARGET.test(lower)) || quantity > 0,
  };
}
