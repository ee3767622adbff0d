/**
 * Times the delivery metrics (pace, fillers, energy) on a 2,000-word spoken answer with a filler every few words, the
 * worst case the browser recomputes while the candidate speaks and the server recomputes on submit.
 *   npx tsx bench/delivery-metrics.ts [--json]
 * Moved here from lib/scoring/delivery-metrics.test.ts, which now checks only what the metrics say.
 */
import { computeDeliveryMetrics } from "@/lib/scoring/delivery-metrics";
import { describeTimings, timeCalls } from "./timing";

// The bound the unit test used to assert: the browser recomputes these as the candidate speaks.
const TARGET_MS = 5;
const SENTENCE = "Um, so I led the rewrite and, like, I think it was kind of hard, you know, but we shipped. ";
const transcript = Array.from({ length: 100 }, () => SENTENCE).join("");
const input = { transcript, durationMs: 800_000, mode: "voice" as const };

const words = computeDeliveryMetrics(input).wordCount;
const timings = timeCalls(() => computeDeliveryMetrics(input));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ ...timings, words, targetMs: TARGET_MS }));
} else {
  console.log(describeTimings(`Delivery metrics on a ${words.toLocaleString("en-GB")}-word answer`, timings, TARGET_MS));
}
