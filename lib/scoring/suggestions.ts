/**
 * Writes specific, ordered suggestions that quote the candidate's own words. Rules run from the most to the least
 * important problem; fallbacks that apply to any answer make sure there are always at least three.
 */
import { type AnswerAnalysis, featuresOf, wordShare } from "./analysis";
import { situationRambles } from "./part-scores";
import { findPhrasingFixes } from "./phrasing";
import { LONG_ANSWER_WORDS } from "./rubric-config";
import { FILLER_WORDS, QUESTION_THEMES } from "./star-cues";
import { speakingTimeSeconds } from "./text-stats";

/** Suggestions beyond this many stop being read. */
const MAX_SUGGESTIONS = 6;
/** Below this many words, advise a longer answer (the score penalty starts lower, at SHORT_ANSWER_WORDS). */
const SHORT_ADVICE_WORDS = 80;
export const MIN_SUGGESTIONS = 3;

const TRAILING_PUNCTUATION = /[.!?,;:…]+$/;
const WHITESPACE = /\s+/;
const TRAILING_SEPARATOR = /[,;:]$/;

/** Quotes a sentence or clause: first `maxWords` words, trailing punctuation dropped, an ellipsis when cut. */
export function quote(text: string, maxWords = 12): string {
  // One word past maxWords is enough to know the quote is cut; splitting the rest would be wasted.
  const words = text.trim().replace(TRAILING_PUNCTUATION, "").split(WHITESPACE, maxWords + 1);
  const cut = words.length > maxWords;
  return `"${words.slice(0, maxWords).join(" ").replace(TRAILING_SEPARATOR, "")}${cut ? "…" : ""}"`;
}

/** Themes the question names that the answer (lower-cased) never touches, e.g. a "conflict" question without one. */
function missedThemes(lowerAnswer: string, question: string): string[] {
  const q = question.toLowerCase();
  return QUESTION_THEMES.filter((t) => t.question.test(q) && !t.answer.test(lowerAnswer)).map((t) => t.name);
}

const toFirstPerson = (clause: string) => clause.replace(/^(?:together we|our team|the team|we)\b/i, "I");

/** Builds at least three suggestions for a non-empty answer. */
export function buildSuggestions(a: AnswerAnalysis, question?: string): string[] {
  const out: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  const p = a.partSentences;
  const sentence = (i: number | undefined) => (i === undefined ? "" : (a.sentences[i] ?? ""));
  const first = <T>(xs: readonly T[]) => xs[0];
  const last = <T>(xs: readonly T[]) => xs[xs.length - 1];
  const actionFs = featuresOf(a, p.action);
  const resultFs = featuresOf(a, p.result);
  const iVerbs = new Set(actionFs.flatMap((f) => f.iActionVerbs));
  const lastSentence = sentence(a.sentences.length - 1);
  // The whole answer as scored, read by three rules below; joined and lower-cased once.
  const text = a.sentences.join(" ");
  const lowerText = text.toLowerCase();

  // 1. The candidate's own part is the point of a behavioural question.
  if (p.action.length === 0) {
    const r = first(p.result);
    add(
      r === undefined
        ? "Add the actions you took: two or three specific steps, each starting with \"I …\" (\"I analysed…\", \"I proposed…\")."
        : `You wrote ${quote(sentence(r))} but not how you got there. Add two or three steps you took yourself, each starting with "I …".`,
    );
  }
  const weClause = a.features.find((f, i) => f.weClause && (a.labels[i] === "action" || p.action.length === 0))?.weClause;
  if (weClause && (a.ownership.we > a.ownership.i || iVerbs.size === 0)) {
    add(`You wrote ${quote(weClause)} — say what you personally did, e.g. "${toFirstPerson(weClause)} by …", and mention others only where it matters.`);
  }

  // 2. The result: missing, vague, or unmeasured.
  if (p.result.length === 0) {
    add(`Your answer stops at ${quote(lastSentence)}. Add the result: what changed because of it, ideally with a number (time saved, % improvement, revenue, users).`);
  } else {
    const vagueIdx = p.result.find((i) => a.features[i]?.vagueResult);
    const quantified = resultFs.some((f) => f.quantity > 0);
    if (vagueIdx !== undefined && !quantified) {
      add(`${quote(sentence(vagueIdx))} is vague. Say what changed and by how much, e.g. "cut response time from 4 s to 1 s" or "saved the team 5 hours a week".`);
    } else if (!quantified) {
      add(`Put a number on ${quote(sentence(last(p.result)))}: how much faster, cheaper or bigger, or how many people it reached?`);
    }
  }

  // 3. Structure: missing situation or task, rambling context, result told before the actions.
  const situationShare = wordShare(a, p.situation);
  if (situationRambles(a)) {
    add(`Your situation takes ${p.situation.length} sentences (${Math.round(situationShare * 100)}% of the answer). Keep ${quote(sentence(first(p.situation)), 10)} and cut the rest to one more sentence at most.`);
  }
  if (p.task.length === 0) {
    const anchor = last(p.situation) ?? 0;
    add(
      p.action.length > 0
        ? `Say what you were responsible for in one sentence, e.g. "My goal was to …". Right now ${quote(sentence(anchor), 10)} leads straight into what happened.`
        : `After ${quote(sentence(anchor), 10)}, say what you set out to do in one sentence, e.g. "My goal was to …".`,
    );
  }
  if (p.situation.length === 0) {
    add(`Open with one sentence of context before ${quote(sentence(0), 10)}: where you were, when, and what was at stake.`);
  }
  const firstAction = first(p.action);
  const firstResult = first(p.result);
  const lastAction = last(p.action);
  const lastResult = last(p.result);
  if (lastAction !== undefined && firstResult !== undefined && lastResult !== undefined && firstResult < lastAction) {
    if (lastResult < lastAction) {
      add(`The result (${quote(sentence(firstResult), 8)}) comes only before your actions; close with it too, after ${quote(sentence(lastAction), 8)}, so the story lands.`);
    } else if (firstResult > 0 && a.labels[firstResult] === "result" && firstAction !== undefined && firstResult < firstAction) {
      add(`You give the result (${quote(sentence(firstResult), 8)}) before the actions; tell it last, so the story builds to it.`);
    }
  }

  // 4. Wording: weak verbs, thin actions, fillers.
  const weak = a.features.find((f) => f.weakClause)?.weakClause;
  if (weak) add(`${quote(weak)} hides your part. Say exactly what you did, e.g. "I wrote…", "I ran…", "I negotiated…".`);
  if (firstAction !== undefined && iVerbs.size > 0 && iVerbs.size < 3) {
    add(`Your actions are thin: ${quote(sentence(firstAction))}. Break them into two or three concrete steps: what you looked into, what you decided, what you built or changed.`);
  }
  // match() with a global regex lists every match, like matchAll without cloning the regex.
  const fillers = lowerText.match(FILLER_WORDS) ?? [];
  if (fillers.length >= 2) {
    const top = [...new Set(fillers)].sort((x, y) => fillers.filter((f) => f === y).length - fillers.filter((f) => f === x).length || x.localeCompare(y))[0];
    add(`Drop filler words such as "${top}" (${fillers.length} in total); they make a rehearsed answer sound unsure.`);
  }

  const slips = findPhrasingFixes(text);
  if (slips.length > 0) {
    add(`Small phrasing fixes: ${slips.map((f) => `"${f.found}" → "${f.better}"`).join(", ")}.`);
  }

  // 5. Length and relevance.
  const seconds = speakingTimeSeconds(a.wordCount);
  if (a.wordCount < SHORT_ADVICE_WORDS) {
    add(`At ${a.wordCount} words (about ${seconds} seconds aloud) the answer is too short to tell a full story; aim for 150–300 words (one to two minutes).`);
  } else if (a.wordCount > LONG_ANSWER_WORDS) {
    add(`At ${a.wordCount} words (about ${Math.round(seconds / 60)} minutes aloud) the answer runs long; trim the context and aim for about two minutes.`);
  }
  const missed = question ? missedThemes(lowerText, question) : [];
  if (missed.length > 0) {
    add(`The question is about ${missed.map((t) => `"${t}"`).join(" and ")}, but your answer never names it; say in your first sentence how this story shows it.`);
  }

  // 6. Fallbacks that fit any answer, still quoting it.
  if (p.result.length > 0 && !resultFs.some((f) => f.reflection)) {
    add(`End with one sentence on what you learned or would do differently, after ${quote(sentence(last(p.result)), 10)}.`);
  }
  const headline = resultFs.find((f) => f.quantity > 0) ? p.result.find((i) => (a.features[i]?.quantity ?? 0) > 0) : undefined;
  if (headline !== undefined && headline > 0) {
    add(`Consider opening with a one-line headline built on ${quote(sentence(headline), 10)}, then tell the story behind it.`);
  }
  if (firstAction !== undefined) {
    add(`Be ready for follow-ups on ${quote(sentence(firstAction), 10)}: which tools, data or people were involved, and why you chose that approach.`);
  }
  if (a.wordCount >= SHORT_ADVICE_WORDS && a.wordCount <= LONG_ANSWER_WORDS) {
    add(`Rehearse it aloud: it runs about ${seconds} seconds now; one to two minutes is the range interviewers expect.`);
  }
  const opening = a.labels.findIndex((l) => l !== null);
  add(`Read ${quote(sentence(Math.max(0, opening)), 10)} aloud as your opening line and check it tells the listener what the story is about.`);
  // The last fallbacks always apply, so `out` has at least MIN_SUGGESTIONS entries here.
  return out.slice(0, MAX_SUGGESTIONS);
}

/** Suggestions for an empty answer: how to start, in STAR order. */
export const EMPTY_ANSWER_SUGGESTIONS: readonly string[] = [
  "Write your answer to get a score. Start with the situation: where you were, when, and what was at stake.",
  "Then say what your task was: what you were responsible for or asked to achieve.",
  "Describe the actions you took in the first person (\"I analysed…\", \"I built…\") and finish with a measurable result.",
];
