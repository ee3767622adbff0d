/**
 * Sequence-aware labelling. Each sentence has evidence for each part (cues plus a position prior); a small Viterbi
 * pass then picks the labelling with the best total, where moving forward through S→T→A→R is cheap, skipping a part
 * costs a little and going back costs more. That lets a cue-less sentence inherit the part it continues, and keeps
 * one stray keyword from flipping a sentence out of its place in the story.
 */
import { STAR_PARTS, type StarPart } from "./rubric-config";
import type { SentenceFeatures } from "./sentence-features";

/** Cost of opening the answer with each part: most answers start with context. */
const START: readonly number[] = [0, -0.3, -0.5, -0.7];
/**
 * TRANSITION[from][to] over S, T, A, R. A forward skip costs the sum of the steps it skips (S→A equals S→T→A), so
 * the sequence never gains by inventing a part in between. Action↔result back-and-forth is common, so R→A is
 * cheaper than going back to the situation.
 */
const TRANSITION: readonly (readonly number[])[] = [
  [0, -0.1, -0.2, -0.3],
  [-0.6, 0, -0.1, -0.2],
  [-1.0, -0.8, 0, -0.1],
  [-1.2, -1.2, -0.5, 0],
];
/** Starting a new part on a sentence with no cue for it costs this; carrying on the current part does not. So a
 * cue-less sentence continues the story instead of inventing a task or result on position alone. */
const NEW_PART_WITHOUT_CUE = -0.6;
const WEAK_CUE = 0.5;
/** Opening with the result as a headline ("I cut our AWS bill by 40%.") and then telling the story is good
 * practice, so leaving a result-read first sentence costs only this, whatever part comes next. */
const AFTER_HEADLINE = -0.3;
/** A sentence is read as no part only with filler evidence; otherwise it continues the story. */
const NULL_BASELINE = -0.8;
const ENTER_NULL = -0.1;
/** Cue evidence needed for a sentence to also count towards a part it was not labelled with. */
const SECONDARY_MIN = 1.5;

/**
 * Prior for `part` at sentence `index` of `count`: situation leans early, result late, task and action between.
 * Worth at most ±0.5, well under one strong cue, so position only decides close calls.
 */
export function positionPrior(part: StarPart, index: number, count: number): number {
  if (count <= 1) return 0;
  const p = index / (count - 1);
  const scale = count === 2 ? 0.5 : 1;
  let prior: number;
  if (part === "situation") prior = 0.5 - p;
  else if (part === "task") prior = 0.3 - 1.2 * Math.abs(p - 0.2);
  else if (part === "action") prior = 0.3 - Math.abs(p - 0.55);
  else prior = p - 0.5;
  return Math.max(-0.5, Math.min(0.5, prior)) * scale;
}

// States 0..3 are the parts; 4 + (last + 1) is "no part", remembering the last part seen (-1: none yet).
const STATE_COUNT = 9;
const nullState = (last: number) => 5 + last;
const RESULT = 3;
const lastOf = (state: number) => (state < 4 ? state : state - 5);

function transition(from: number, to: number): number {
  const last = lastOf(from);
  if (to < 4) return last < 0 ? (START[to] ?? 0) : (TRANSITION[last]?.[to] ?? 0);
  if (nullState(last) !== to) return Number.NEGATIVE_INFINITY; // "no part" keeps the memory of the last part.
  return from === to ? 0 : ENTER_NULL;
}

// Worked out once, since the Viterbi pass reads them for every sentence: transition(from, to) at
// from * STATE_COUNT + to, the move out of a headline result into each part, and each state's last part.
const MOVES = Float64Array.from({ length: STATE_COUNT * STATE_COUNT }, (_, k) =>
  transition(Math.floor(k / STATE_COUNT), k % STATE_COUNT),
);
const HEADLINE_MOVES = START.map((start) => start + AFTER_HEADLINE);
const LAST_PART = Int8Array.from({ length: STATE_COUNT }, (_, state) => lastOf(state));
/** Per state, in order, the states it can follow (the others are -Infinity away and can never be the best). */
const PREDECESSORS = Array.from({ length: STATE_COUNT }, (_, to) =>
  Int8Array.from({ length: STATE_COUNT }, (_, from) => from).filter(
    (from) => MOVES[from * STATE_COUNT + to] !== Number.NEGATIVE_INFINITY,
  ),
);

/**
 * Each state's evidence for sentence `index` of `count`, written to `out`: cues plus position for the parts, the
 * filler evidence for "no part". Returns the parts (bit per part) with less than a weak cue. The cues are read once
 * per sentence by name, not by a computed key in the inner loop.
 */
function emissions(f: SentenceFeatures, index: number, count: number, out: Float64Array): number {
  const { situation, task, action, result } = f.cues;
  out[0] = situation + positionPrior("situation", index, count);
  out[1] = task + positionPrior("task", index, count);
  out[2] = action + positionPrior("action", index, count);
  out[3] = result + positionPrior("result", index, count);
  out.fill(NULL_BASELINE + f.filler, 4);
  const uncued = [situation, task, action, result].map((cue, part) => (cue < WEAK_CUE ? 1 << part : 0));
  return uncued.reduce((bits, bit) => bits | bit, 0);
}

export type Labelling = {
  /** Per sentence, the part it was read as, or null for filler. */
  labels: (StarPart | null)[];
  /** Sentence indexes per part, including sentences that serve a second part (see `addSecondaryParts`). */
  partSentences: Record<StarPart, number[]>;
};

/** Finds the best-scoring label sequence with a Viterbi pass over 9 states. Ties break towards the earlier state. */
function viterbi(features: readonly SentenceFeatures[]): number[] {
  const n = features.length;
  // All buffers allocated once per answer (typed arrays are costly to create): back-pointers for sentence i at
  // i * STATE_COUNT, and two score rows that swap roles after each sentence.
  const back = new Int8Array(n * STATE_COUNT).fill(-1, 0, STATE_COUNT);
  const emit = new Float64Array(STATE_COUNT);
  let prev = new Float64Array(STATE_COUNT);
  let cur = new Float64Array(STATE_COUNT);
  emissions(features[0] as SentenceFeatures, 0, n, emit);
  for (let s = 0; s < STATE_COUNT; s++) {
    const startCost = s < 4 ? (START[s] ?? 0) : s === nullState(-1) ? ENTER_NULL : Number.NEGATIVE_INFINITY;
    prev[s] = startCost + (emit[s] as number);
  }
  for (let i = 1; i < n; i++) {
    const uncuedParts = emissions(features[i] as SentenceFeatures, i, n, emit);
    for (let s = 0; s < STATE_COUNT; s++) {
      const e = emit[s] as number;
      const uncued = s < 4 && (uncuedParts & (1 << s)) !== 0;
      const headlineFrom = i === 1 && s < 4 ? RESULT : -1;
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = -1;
      const predecessors = PREDECESSORS[s] as Int8Array;
      for (let k = 0; k < predecessors.length; k++) {
        const from = predecessors[k] as number;
        let move = from === headlineFrom ? (HEADLINE_MOVES[s] as number) : (MOVES[from * STATE_COUNT + s] as number);
        if (uncued && LAST_PART[from] !== s) move += NEW_PART_WITHOUT_CUE;
        const v = (prev[from] as number) + move + e;
        if (v > best) {
          best = v;
          bestFrom = from;
        }
      }
      cur[s] = best;
      back[i * STATE_COUNT + s] = bestFrom;
    }
    const done = cur;
    cur = prev;
    prev = done;
  }
  let best = 0;
  for (let s = 1; s < STATE_COUNT; s++) if ((prev[s] ?? -Infinity) > (prev[best] ?? -Infinity)) best = s;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = best;
    best = best < 0 ? -1 : (back[i * STATE_COUNT + best] as number);
  }
  return path;
}

/**
 * A part the sequence left empty can still live inside a sentence labelled otherwise: "In my last company I was
 * responsible to migrate the database" is read as task, but it also sets the situation. Such a sentence is added to
 * the empty part when its own cue evidence for that part is strong.
 */
function addSecondaryParts(features: readonly SentenceFeatures[], partSentences: Record<StarPart, number[]>): void {
  for (const part of STAR_PARTS) {
    if (partSentences[part].length > 0) continue;
    let best = -1;
    let bestCue = SECONDARY_MIN;
    features.forEach((f, i) => {
      // An action needs a real subject and verb, not just sequencing words.
      const eligible = part !== "action" || f.iActionVerbs.length + f.weActionVerbs.length > 0;
      if (eligible && f.filler === 0 && f.cues[part] >= bestCue) {
        if (f.cues[part] > bestCue || best < 0) best = i;
        bestCue = f.cues[part];
      }
    });
    if (best >= 0) partSentences[part].push(best);
  }
}

/** Labels every sentence with a STAR part (or null for filler) and lists each part's sentences. */
export function labelSentences(features: readonly SentenceFeatures[]): Labelling {
  const partSentences: Record<StarPart, number[]> = { situation: [], task: [], action: [], result: [] };
  if (features.length === 0) return { labels: [], partSentences };
  const labels = viterbi(features).map((s) => (s < 4 ? (STAR_PARTS[s] as StarPart) : null));
  labels.forEach((label, i) => {
    if (label) partSentences[label].push(i);
  });
  addSecondaryParts(features, partSentences);
  return { labels, partSentences };
}
