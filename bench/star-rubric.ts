/**
 * Times the STAR rubric engine on one maximal (5,000-character) answer: warm up, then the median of 200 runs.
 *   npx tsx bench/star-rubric.ts [--json]
 * bench/star-score.mjs runs it with --json and reads the single line it prints.
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

const answer = longAnswer(STAR_ANSWER_MAX_CHARS);
let overall = 0;
for (let i = 0; i < WARM_UP_RUNS; i++) overall = scoreStarAnswer(answer, fixture.question).overall;

const times: number[] = [];
for (let i = 0; i < TIMED_RUNS; i++) {
  const start = performance.now();
  scoreStarAnswer(answer, fixture.question);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);

const result = {
  chars: answer.length,
  runs: TIMED_RUNS,
  warmUpRuns: WARM_UP_RUNS,
  medianMs: percentile(times, 50),
  p95Ms: percentile(times, 95),
  minMs: times[0] ?? Number.NaN,
  overall,
  targetMs: TARGET_MS,
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(result));
} else {
  console.log(
    `Rubric engine, one ${result.chars.toLocaleString("en-GB")}-character answer (score ${overall}): ` +
      `median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, min ${result.minMs.toFixed(2)} ms ` +
      `over ${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs. Target: under ${TARGET_MS} ms ` +
      `(${result.medianMs < TARGET_MS ? "met" : "NOT met"}).`,
  );
}
