/**
 * Scores each STAR part from 0 to 100 with a short feedback line. Every score starts from a base for being present
 * and adds points for what interviewers listen for; the constants below are the rubric, kept together so the "How
 * we score" text (RUBRIC_DESCRIPTION) can be checked against them.
 */
import { type AnswerAnalysis, featuresOf, wordShare } from "./analysis";
import type { StarPart } from "./rubric-config";

export type PartResult = { score: number; feedback: string };

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A situation up to this share of the answer's words is concise; beyond RAMBLE_SHARE it loses points. */
const CONCISE_SHARE = 0.3;
const RAMBLE_SHARE = 0.4;
const RAMBLE_SENTENCES = 3;

/** Below this many words a situation is too short to ramble, whatever its share of a short answer. */
const RAMBLE_MIN_WORDS = 30;

/** True when the situation takes too many sentences, or too much of an answer long enough for that to matter. */
export function situationRambles(a: AnswerAnalysis): boolean {
  const idx = a.partSentences.situation;
  const words = featuresOf(a, idx).reduce((sum, f) => sum + f.words, 0);
  return idx.length > RAMBLE_SENTENCES || (wordShare(a, idx) > RAMBLE_SHARE && words > RAMBLE_MIN_WORDS);
}

/** Situation: context, stakes, and brevity. A situation that eats the answer is the commonest STAR failure. */
export function scoreSituation(a: AnswerAnalysis): PartResult {
  const idx = a.partSentences.situation;
  if (idx.length === 0) {
    return { score: 0, feedback: "No situation found: open with a sentence on where you were and what was going on." };
  }
  const fs = featuresOf(a, idx);
  const share = wordShare(a, idx);
  const context = fs.some((f) => f.context);
  const stakes = fs.some((f) => f.stakes);
  let score = 40;
  if (context) score += 20;
  if (stakes) score += 20;
  if (idx.length <= 2 && share <= CONCISE_SHARE) score += 20;
  else if (idx.length <= RAMBLE_SENTENCES && share <= RAMBLE_SHARE) score += 10;
  const rambles = situationRambles(a);
  if (rambles && share > RAMBLE_SHARE) score -= (share - RAMBLE_SHARE) * 120;
  if (idx.length > RAMBLE_SENTENCES) score -= 6 * (idx.length - RAMBLE_SENTENCES);

  let feedback: string;
  if (rambles) {
    feedback = `The situation runs ${idx.length} sentence${idx.length === 1 ? "" : "s"} (${pct(share)} of the answer); trim it to one or two so you reach your actions sooner.`;
  } else if (!stakes) {
    feedback = "The context is there, but say what was at stake: the problem, deadline or risk that made this matter.";
  } else if (!context) {
    feedback = "Good stakes; anchor them with where and when this happened (your role, the team, the year).";
  } else {
    feedback = "Clear, brief context with the stakes spelled out.";
  }
  return { score: clamp(Math.max(score, 5)), feedback };
}

/** Task: the candidate's own responsibility, a concrete target, and brevity. */
export function scoreTask(a: AnswerAnalysis): PartResult {
  const idx = a.partSentences.task;
  if (idx.length === 0) {
    return { score: 0, feedback: "No task found: say in one sentence what you were responsible for or asked to do." };
  }
  const fs = featuresOf(a, idx);
  const owned = fs.some((f) => f.firstPersonTask);
  const target = fs.some((f) => f.taskTarget);
  let score = 45;
  if (owned) score += 25;
  if (target) score += 15;
  score += idx.length <= 2 ? 15 : -5 * (idx.length - 2);

  let feedback: string;
  if (!owned) feedback = "The task reads as the team's; say what your own part was (\"My job was to…\").";
  else if (!target) feedback = "You own the task; add a concrete target or deadline so success is measurable.";
  else feedback = "A clear, owned task with a concrete target.";
  return { score: clamp(score), feedback };
}

/** A method or a named tool: "by automating…", "using Redis", "in Excel". */
const METHOD = /\bby\s+\w+ing\b|\b(?:using|with|via|in|into)\s+(?:a\s+|an\s+|the\s+)?\p{Lu}[\p{L}\d.]+/u;

/** Share of I-versus-we pronouns above which the answer reads as the team's story rather than the candidate's. */
const WE_HEAVY = 0.5;

/** Action: distinct first-person actions, room in the answer, a sequence, specifics; "we" and weak verbs cost. */
export function scoreAction(a: AnswerAnalysis): PartResult {
  const idx = a.partSentences.action;
  if (idx.length === 0) {
    return { score: 0, feedback: "No actions found: describe the steps you personally took, each starting with \"I…\"." };
  }
  const fs = featuresOf(a, idx);
  // "I usually take on…", "I would talk to them": habits and intentions are not actions anyone saw.
  const iVerbs = new Set(fs.flatMap((f) => (f.generic ? [] : f.iActionVerbs)));
  const weVerbs = new Set(fs.flatMap((f) => f.weActionVerbs));
  const share = wordShare(a, idx);
  const { i, we } = a.ownership;
  const weRatio = i + we === 0 ? 0 : we / (i + we);
  // Steps in order, shown by a marker or by three distinct owned actions; never by sentence count alone, which
  // rewarded padding.
  const sequenced = fs.some((f) => f.sequence) || iVerbs.size >= 3;
  const texts = idx.map((n) => a.sentences[n] ?? "");
  const specific = fs.some((f) => f.quantity > 0) || texts.some((t) => METHOD.test(t)) || iVerbs.size >= 4;
  const weak = fs.some((f) => f.weakClause !== null);

  let score = 25;
  score += Math.min(30, 10 * iVerbs.size);
  score += Math.min(10, 4 * weVerbs.size);
  score += Math.min(15, (share / 0.3) * 15);
  if (sequenced) score += 10;
  if (specific) score += 10;
  if (weRatio > WE_HEAVY) score -= Math.min(20, (weRatio - WE_HEAVY) * 40);
  if (weak && iVerbs.size <= 1) score -= 10;
  // Without a single "I" action the interviewer cannot credit the candidate with anything, however busy the team was.
  if (iVerbs.size === 0) score = Math.min(score, 45);

  let feedback: string;
  if (iVerbs.size === 0 && weVerbs.size > 0) {
    feedback = "The actions are all \"we\": say what you personally did, so the interviewer can credit you.";
  } else if (iVerbs.size === 0) {
    feedback = "The actions are not told in the first person; name the steps you took (\"I analysed…\", \"I proposed…\").";
  } else if (weak && iVerbs.size <= 1) {
    feedback = "Weak verbs such as \"helped\" or \"worked on\" hide your part; use specific ones.";
  } else if (weRatio > WE_HEAVY) {
    feedback = `Most pronouns are "we" (${we} vs ${i} "I"); make your own contribution clearer.`;
  } else if (iVerbs.size < 3) {
    feedback = "Your actions are owned but thin; add one or two more concrete steps and how you took them.";
  } else {
    feedback = `Specific first-person actions (${[...iVerbs].slice(0, 4).join(", ")}) told in sequence.`;
  }
  return { score: clamp(score), feedback };
}

/** Points for a result figure that is not a measured change ("over three years"), and for a bare number. */
const FIGURE_POINTS = 20;
const BARE_NUMBER_POINTS = 10;

/** Result: present, concrete, quantified, tied to impact, with reflection. A vague result is capped low. */
export function scoreResult(a: AnswerAnalysis): PartResult {
  const idx = a.partSentences.result;
  if (idx.length === 0) {
    return { score: 0, feedback: "No result found: finish with what changed because of your actions, ideally with a number." };
  }
  const fs = featuresOf(a, idx);
  const quantity = Math.max(...fs.map((f) => f.quantity));
  // A measured change told inside an action ("…and handling time fell from nine days to four") still measures the
  // outcome; a figure that measures nothing ("for a few weeks", "60 students") earns less than a change does.
  const measured = fs.some((f) => f.measuredChange) || featuresOf(a, a.partSentences.action).some((f) => f.measuredChange);
  const concrete = fs.some((f) => f.concreteOutcome);
  const impact = fs.some((f) => f.impact);
  const reflection = fs.some((f) => f.reflection);
  const vagueOnly = quantity === 0 && !measured && !concrete && fs.some((f) => f.vagueResult);

  let score = 35;
  score += measured ? 35 : quantity === 2 ? FIGURE_POINTS : quantity === 1 ? BARE_NUMBER_POINTS : 0;
  if (concrete) score += 15;
  if (impact) score += 5;
  if (reflection) score += 10;
  if (vagueOnly) score = Math.min(score, 25);

  let feedback: string;
  if (vagueOnly) feedback = "The result is vague; say what changed and by how much.";
  else if (!measured) feedback = "A concrete result; put a number on what changed (time saved, % change, revenue, users).";
  else if (!reflection) feedback = "A measured result; one line on what you learned would round it off.";
  else feedback = "A measured result with a reflection on what you learned.";
  return { score: clamp(score), feedback };
}

/** Scores all four parts. */
export function scoreParts(a: AnswerAnalysis): Record<StarPart, PartResult> {
  return { situation: scoreSituation(a), task: scoreTask(a), action: scoreAction(a), result: scoreResult(a) };
}
