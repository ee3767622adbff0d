import type { DeliveryMetrics, FillerWord } from "@/lib/scoring/delivery-config";
import { COMFORTABLE_WPM } from "@/lib/scoring/delivery-config";
import { ENERGY_METHOD } from "@/lib/scoring/delivery-energy";
import { Heading } from "./score-bar";

/** The pace scale drawn under the number: wide enough that slow and fast answers still land on it. */
const SCALE = { min: 60, max: 220 } as const;
/** Below this confidence the energy reading is called out as low confidence (about 50 words). */
const LOW_CONFIDENCE = 0.4;

const toScale = (wpm: number) => ((Math.max(SCALE.min, Math.min(SCALE.max, wpm)) - SCALE.min) / (SCALE.max - SCALE.min)) * 100;

function PaceBar({ wpm }: { wpm: number }) {
  const bandLeft = toScale(COMFORTABLE_WPM.min);
  const bandWidth = toScale(COMFORTABLE_WPM.max) - bandLeft;
  return (
    <div aria-hidden className="relative mt-2 mb-5 h-3 rounded bg-slate-200" data-testid="pace-scale">
      <div className="absolute inset-y-0 rounded bg-green-200" style={{ left: `${bandLeft}%`, width: `${bandWidth}%` }} />
      <div className="absolute -top-1 h-5 w-1 rounded bg-slate-900" style={{ left: `calc(${toScale(wpm)}% - 2px)` }} />
      <span className="absolute top-4 text-[10px] text-slate-500" style={{ left: `${bandLeft}%` }}>
        {COMFORTABLE_WPM.min}
      </span>
      <span className="absolute top-4 text-[10px] text-slate-500" style={{ left: `calc(${bandLeft + bandWidth}% - 1rem)` }}>
        {COMFORTABLE_WPM.max}
      </span>
    </div>
  );
}

function paceSentence(m: DeliveryMetrics): string {
  if (m.wordsPerMinute === null) {
    return m.mode === "typed" ? "Not measured for typed answers." : "Not measured: the answer was under 5 seconds.";
  }
  const where =
    m.paceBand === "comfortable" ? "within" : m.paceBand === "slow" ? "below" : "above";
  return `${m.wordsPerMinute} words per minute, ${where} the comfortable ${COMFORTABLE_WPM.min}–${COMFORTABLE_WPM.max} band.`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Pace, fillers and energy for one answer, each with what it means and how sure we are. */
export function DeliveryMetricsPanel({ metrics, headingLevel = 3 }: { metrics: DeliveryMetrics; headingLevel?: 2 | 3 | 4 }) {
  const sub = Math.min(4, headingLevel + 1) as 3 | 4;
  const fillers = Object.entries(metrics.fillers.byWord) as [FillerWord, number][];
  const lowConfidence = metrics.energy.confidence < LOW_CONFIDENCE;
  return (
    <section aria-label="Delivery" className="space-y-4 rounded-lg border border-slate-200 p-4 text-sm" data-testid="delivery-metrics">
      <Heading level={headingLevel} className="font-semibold">
        Delivery
      </Heading>
      <div>
        <Heading level={sub} className="font-medium">
          Pace
        </Heading>
        <p data-testid="pace">{paceSentence(metrics)}</p>
        {metrics.wordsPerMinute !== null ? <PaceBar wpm={metrics.wordsPerMinute} /> : null}
        {metrics.speakingWordsPerMinute !== null ? (
          <p className="text-slate-600">
            {metrics.speakingWordsPerMinute} words per minute while speaking, pauses left out
            {metrics.longestPauseMs !== null ? `; longest pause ${seconds(metrics.longestPauseMs)}` : ""}.
          </p>
        ) : null}
        <p className="text-slate-600">
          {metrics.wordCount} words
          {metrics.durationMs > 0 ? ` in ${seconds(metrics.durationMs)}` : ""}.
        </p>
      </div>
      <div>
        <Heading level={sub} className="font-medium">
          Filler words
        </Heading>
        <p data-testid="fillers">
          {metrics.fillers.perMinute !== null
            ? `${metrics.fillers.perMinute} per minute (${metrics.fillers.total} in all).`
            : `${metrics.fillers.total} in all; a rate per minute is ${metrics.mode === "typed" ? "not measured for typed answers" : "not measured under 5 seconds"}.`}
        </p>
        {fillers.length > 0 ? (
          <ul className="mt-1 flex flex-wrap gap-2" aria-label="Fillers used">
            {fillers.map(([word, count]) => (
              <li key={word} className="rounded bg-amber-50 px-2 py-0.5 text-amber-900">
                “{word}” × {count}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No filler words found.</p>
        )}
      </div>
      <div>
        <Heading level={sub} className="font-medium">
          Energy
        </Heading>
        <p data-testid="energy">
          {metrics.energy.score}/100 ({metrics.energy.assertive} assertive, {metrics.energy.hedges} hedging) · confidence{" "}
          {Math.round(metrics.energy.confidence * 100)}%
          {lowConfidence ? <strong className="ml-1 font-medium text-amber-900">(low confidence: a short answer)</strong> : null}
        </p>
        <p className="text-slate-600">{metrics.energy.explanation}</p>
        <details className="mt-1">
          <summary className="cursor-pointer rounded text-brand underline">
            How energy is computed
          </summary>
          <p className="mt-1 text-slate-600">{ENERGY_METHOD}</p>
        </details>
      </div>
    </section>
  );
}
