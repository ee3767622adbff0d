"use client";

import { Progress } from "radix-ui";

export type StreamProgress = { progress: number | null; label: string };

/**
 * What the candidate sees while feedback is produced: a progress bar driven by the stream's stages, and the model
 * answer appearing as it is written. Both are announced politely; nothing here steals focus.
 */
export function FeedbackStreamPanel({ stage, modelAnswer }: { stage: StreamProgress; modelAnswer: string }) {
  const percent = stage.progress === null ? null : Math.round(Math.max(0, Math.min(1, stage.progress)) * 100);
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="feedback-stream">
      <div>
        <div className="flex justify-between gap-2 text-sm">
          <span id="feedback-stage" aria-live="polite" data-testid="feedback-stage">
            {stage.label}
          </span>
          {percent !== null ? <span aria-hidden>{percent}%</span> : null}
        </div>
        <Progress.Root
          value={percent}
          max={100}
          aria-label="Feedback progress"
          aria-describedby="feedback-stage"
          className="mt-1 h-2 overflow-hidden rounded bg-slate-200"
        >
          <Progress.Indicator
            className={`h-2 rounded bg-brand transition-[width] duration-300 ${percent === null ? "w-1/3 animate-pulse" : ""}`}
            style={percent === null ? undefined : { width: `${percent}%` }}
          />
        </Progress.Root>
      </div>
      <section aria-label="Model answer" aria-live="polite" className="min-h-12" data-testid="model-answer-stream">
        <h3 className="text-sm font-semibold">Model answer</h3>
        {modelAnswer ? (
          <p className="mt-1 whitespace-pre-line text-sm">{modelAnswer}</p>
        ) : (
          <p className="mt-1 text-sm text-slate-500">The model answer appears here as it is written.</p>
        )}
      </section>
    </div>
  );
}
