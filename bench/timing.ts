/**
 * Timing for the pure-function benches: one cold call (what the first request after a deploy pays), warm-up calls,
 * then the distribution of timed calls. Figures only; the benches print them beside a target and never fail on them.
 */
import { performance } from "node:perf_hooks";

export type Timings = { runs: number; coldMs: number; medianMs: number; p95Ms: number; minMs: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Calls `work` once cold, `warmUp` times untimed, then `runs` times timed. */
export function timeCalls(work: () => unknown, { warmUp = 20, runs = 200 }: { warmUp?: number; runs?: number } = {}): Timings {
  let start = performance.now();
  work();
  const coldMs = performance.now() - start;
  for (let i = 0; i < warmUp; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, coldMs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), minMs: times[0] ?? Number.NaN };
}

/** One line of figures, with the target and whether the median met it. */
export function describeTimings(label: string, t: Timings, targetMs: number): string {
  const verdict = t.medianMs < targetMs ? "met" : "NOT met";
  return (
    `${label}: median ${t.medianMs.toFixed(3)} ms, p95 ${t.p95Ms.toFixed(3)} ms, min ${t.minMs.toFixed(3)} ms ` +
    `over ${t.runs} runs (first call ${t.coldMs.toFixed(3)} ms). Target: median under ${targetMs} ms (${verdict}).`
  );
}
