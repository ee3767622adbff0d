/**
 * An energy measure read from the words alone: how often the candidate speaks with conviction ("I led", "I decided",
 * "I will", "definitely") against how often they hedge ("I think", "maybe", "kind of", "just"). It is a reading of
 * tone, not of ownership: "we decided" counts as assertive here, and I-versus-we is reported by the STAR score.
 */
import type { EnergyMetrics } from "./delivery-config";
import { isHedgeKindOf } from "./delivery-fillers";
import { breakBefore, type DeliveryTokens, displayPhrase, NO_BREAK, wordAt } from "./delivery-tokens";

/** Smoothing: with few markers the score stays near 50 instead of jumping to 0 or 100 on one phrase. */
export const ENERGY_SMOOTHING = 2;
/** Words at which confidence reaches 1: about 50 seconds spoken, enough phrases to judge tone. */
export const ENERGY_FULL_CONFIDENCE_WORDS = 120;

/** Plain-words description of the energy measure, for the UI. */
export const ENERGY_METHOD =
  "Energy is read from your words, not your voice. We count assertive phrases (a first-person action verb such as " +
  '"I led", "I decided", "we built", "I will", and confident words such as "definitely") and hedges ("I think", ' +
  '"I guess", "maybe", "perhaps", "probably", "kind of", "sort of", "I feel like", "hopefully", "might", "a bit", ' +
  '"just"). Score = 50 + 50 × (assertive − hedges) ÷ (assertive + hedges + 2), from 0 to 100, where 50 is neutral; ' +
  "the + 2 keeps one phrase from swinging the score to an extreme. Confidence = words ÷ 120, capped at 1: a short " +
  "answer has too few phrases to judge, so under about 50 words confidence is below 0.4.";

const SUBJECTS = new Set(["i", "we", "i've", "we've"]);
/** Adverbs allowed between subject and verb: "I then decided", "we quickly built". */
const BRIDGES = new Set(["also", "then", "quickly", "personally", "immediately", "directly", "successfully", "eventually", "finally", "always", "actually", "myself", "ourselves", "proactively", "first"]);
const ASSERTIVE_VERBS = new Set([
  ...["led", "lead", "decided", "decide", "built", "build", "delivered", "deliver", "drove", "drive", "owned", "own"],
  ...["launched", "launch", "created", "create", "designed", "design", "implemented", "implement", "shipped", "ship"],
  ...["fixed", "fix", "solved", "solve", "resolved", "resolve", "reduced", "reduce", "increased", "increase", "improved"],
  ...["improve", "cut", "saved", "save", "negotiated", "persuaded", "convinced", "proposed", "propose", "wrote", "rewrote"],
  ...["rebuilt", "migrated", "automated", "organised", "organized", "managed", "manage", "ran", "run", "established"],
  ...["initiated", "spearheaded", "championed", "achieved", "achieve", "won", "grew", "hired", "mentored", "coached"],
  ...["trained", "defined", "define", "prioritised", "prioritized", "made", "chose", "choose", "insisted", "pushed"],
  ...["recommended", "recommend", "analysed", "analyzed", "identified", "discovered", "found", "learned", "learnt", "took"],
  ...["take", "handled", "handle", "set", "started", "presented", "pitched", "aligned", "coordinated", "delegated"],
  ...["deployed", "refactored", "redesigned", "replaced", "introduced", "ensured", "ensure", "committed", "will", "can", "know"],
]);
const CONFIDENT_WORDS = new Set(["definitely", "certainly", "clearly", "absolutely", "confident", "confidently"]);
const HEDGE_WORDS = new Set(["maybe", "perhaps", "probably", "possibly", "hopefully", "might", "somewhat", "just"]);
const HEDGE_AFTER_SUBJECT = new Set(["think", "guess", "suppose", "hope"]);

interface Found {
  assertive: number;
  hedges: number;
  assertiveSeen: string[];
  hedgesSeen: string[];
}

const note = (list: string[], phrase: string): void => {
  if (list.length < 3 && !list.includes(phrase)) list.push(phrase);
};

/** How many words the hedge starting at word `i` spans, or 0 when none starts there. */
function hedgeAt(t: DeliveryTokens, i: number): number {
  const w = wordAt(t, i);
  const next = wordAt(t, i + 1);
  const joined = breakBefore(t, i + 1) === NO_BREAK;
  if (HEDGE_WORDS.has(w)) return 1;
  if (isHedgeKindOf(t, i)) return w === "kind" || w === "sort" ? 2 : 1;
  if (!joined) return 0;
  if ((w === "i" || w === "we") && HEDGE_AFTER_SUBJECT.has(next)) return 2;
  if (w === "i" && next === "feel" && wordAt(t, i + 2) === "like") return 3;
  if (w === "i" && next === "don't" && wordAt(t, i + 2) === "know") return 3;
  if ((w === "i'd" && next === "say") || (w === "not" && next === "sure")) return 2;
  if (w === "a" && next === "little") return wordAt(t, i + 2) === "bit" ? 3 : 2;
  if (w === "a" && next === "bit") return 2;
  return 0;
}

/** How many words the assertive phrase starting at word `i` spans, or 0 when none starts there. */
function assertiveAt(t: DeliveryTokens, i: number): number {
  const w = wordAt(t, i);
  if (CONFIDENT_WORDS.has(w) || w === "i'll" || w === "we'll") return 1;
  if ((w === "i'm" || w === "we're") && wordAt(t, i + 1) === "sure") return 2;
  if (!SUBJECTS.has(w)) return 0;
  let j = i + 1;
  if (BRIDGES.has(wordAt(t, j)) && breakBefore(t, j + 1) === NO_BREAK) j++;
  return breakBefore(t, j) === NO_BREAK && ASSERTIVE_VERBS.has(wordAt(t, j)) ? j - i + 1 : 0;
}

function scan(t: DeliveryTokens): Found {
  const found: Found = { assertive: 0, hedges: 0, assertiveSeen: [], hedgesSeen: [] };
  for (let i = 0; i < t.words.length; i++) {
    // Hedges first: "I think" and "I guess" begin like an assertive "I …" and must not be read as one.
    const hedge = hedgeAt(t, i);
    if (hedge > 0) {
      found.hedges++;
      note(found.hedgesSeen, displayPhrase(t.words.slice(i, i + hedge)));
      i += hedge - 1;
      continue;
    }
    const bold = assertiveAt(t, i);
    if (bold > 0) {
      found.assertive++;
      note(found.assertiveSeen, displayPhrase(t.words.slice(i, i + bold)));
      i += bold - 1;
    }
  }
  return found;
}

const quoteList = (phrases: readonly string[]): string => phrases.map((p) => `"${p}"`).join(", ");
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Energy from a tokenised transcript of `wordCount` words.
 * score = round(50 + 50 × (assertive − hedges) / (assertive + hedges + ENERGY_SMOOTHING)), clamped to 0..100;
 * confidence = min(1, wordCount / ENERGY_FULL_CONFIDENCE_WORDS), to two decimals. See ENERGY_METHOD.
 */
export function measureEnergy(t: DeliveryTokens, wordCount: number): EnergyMetrics {
  const { assertive, hedges, assertiveSeen, hedgesSeen } = scan(t);
  const raw = 50 + (50 * (assertive - hedges)) / (assertive + hedges + ENERGY_SMOOTHING);
  const score = Math.min(100, Math.max(0, Math.round(raw)));
  const confidence = Math.round(Math.min(1, wordCount / ENERGY_FULL_CONFIDENCE_WORDS) * 100) / 100;

  const parts: string[] = [];
  if (assertive + hedges === 0) {
    parts.push(`Energy ${score}/100: no assertive phrases or hedges found, so the score sits at the neutral 50.`);
  } else {
    const a = assertive > 0 ? ` (${quoteList(assertiveSeen)})` : "";
    const h = hedges > 0 ? ` (${quoteList(hedgesSeen)})` : "";
    parts.push(`Energy ${score}/100 from ${plural(assertive, "assertive phrase", "assertive phrases")}${a} against ${plural(hedges, "hedge", "hedges")}${h}.`);
  }
  if (confidence < 0.4) {
    parts.push(`Low confidence (${confidence}): only ${plural(wordCount, "word", "words")}, too few to judge tone.`);
  } else if (confidence < 1) {
    parts.push(`Confidence ${confidence} from ${wordCount} words; ${ENERGY_FULL_CONFIDENCE_WORDS} or more give full confidence.`);
  } else {
    parts.push(`Full confidence: ${wordCount} words.`);
  }
  return { score, assertive, hedges, confidence, explanation: parts.join(" ") };
}
