/**
 * Times the STAR rubric engine on one maximal (5,000-character) answer, and on the 147-word answer that
 * bench/star-score.mjs posts: warm up, then the median of 200 runs of each.
 *   npx tsx bench/star-rubric.ts [--json]
 * bench/star-score.mjs runs it with --json and reads the single line it prints (the maximal answer's figures at the
 * top level, the posted answer's under `benchAnswer`).
 */
import { performance } from "node:perf_hooks";
import { STAR_ANSWER_MAX_CHARS } from "@/lib/scoring/star-request";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import fixture from "./star-answer.json";

const WARM_UP_RUNS = 50;
const TIMED_RUNS = 200;
const TARGET_MS = 5;

/** The fixture's answer followed by its extra sentences, repeated, cut to exactly `chars` characters. */
function longAnswer(chars: number): string {
  const sentences = [...fixture.answer, ...fixture.longAnswerExtra];
  let text = "";
  for (let i = 0; text.length < chars; i++) text += (text ? " " : "") + sentences[i % sentences.length];
  // Ends on a full stop so the last sentence reads as finished, whatever word the cut lands in.
  return `${text.slice(0, chars - 1).trimEnd()}.`.padEnd(chars, ".");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Warms the engine up on `answer`, then times TIMED_RUNS scorings of it. */
function timeAnswer(answer: string) {
  let overall = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) overall = scoreStarAnswer(answer, fixture.question).overall;
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    scoreStarAnswer(answer, fixture.question);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    chars: answer.length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    minMs: times[0] ?? Number.NaN,
    overall,
  };
}

const maximal = timeAnswer(longAnswer(STAR_ANSWER_MAX_CHARS));
const posted = timeAnswer(fixture.answer.join(" "));
const result = { ...maximal, runs: TIMED_RUNS, warmUpRuns: WARM_UP_RUNS, targetMs: TARGET_MS, benchAnswer: posted };

const describe = (label: string, r: typeof maximal) =>
  `${label} (${r.chars.toLocaleString("en-GB")} characters, score ${r.overall}): median ${r.medianMs.toFixed(3)} ms, ` +
  `p95 ${r.p95Ms.toFixed(3)} ms, min ${r.minMs.toFixed(3)} ms`;

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(result));
} else {
  console.log(`Rubric engine, ${TIMED_RUNS} runs of each answer after ${WARM_UP_RUNS} warm-up runs:`);
  const verdict = maximal.medianMs < TARGET_MS ? "met" : "NOT met";
  console.log(`  ${describe("maximal answer", maximal)}. Target: under ${TARGET_MS} ms (${verdict}).`);
  console.log(`  ${describe("posted bench answer", posted)}.`);
}
