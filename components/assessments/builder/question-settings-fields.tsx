"use client";

import type { AllowedAnswerModes, TimeLimitMode } from "@/db/schema/assessments";
import { MAX_RETAKES, TIME_LIMIT_MAX_SECONDS, TIME_LIMIT_MIN_SECONDS } from "@/lib/assessments/limits";
import { MODE_LABELS, TIME_MODE_LABELS } from "./labels";

// The choices come from the labels (type-only schema import), so no database code reaches the browser bundle.
const TIME_LIMIT_MODES = Object.keys(TIME_MODE_LABELS) as TimeLimitMode[];
const ALLOWED_ANSWER_MODES = Object.keys(MODE_LABELS) as AllowedAnswerModes[];

export type QuestionSettings = { timeLimitSeconds: number; timeLimitMode: TimeLimitMode; modes: AllowedAnswerModes; retakes: number };
export const DEFAULT_SETTINGS: QuestionSettings = { timeLimitSeconds: 180, timeLimitMode: "soft", modes: "both", retakes: 1 };

type Props = { id: string; value: QuestionSettings; onChange: (value: QuestionSettings) => void; errors?: Record<string, string[]> };

const selectClass = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2";

/** A question's time limit (minutes, soft or hard), the answer modes allowed and the retakes before submitting. */
export function QuestionSettingsFields({ id, value, onChange, errors = {} }: Props) {
  const minutes = [0.5, 1, 2, 3, 4, 5, 7, 10, 15, 20, 30].filter((m) => m * 60 >= TIME_LIMIT_MIN_SECONDS && m * 60 <= TIME_LIMIT_MAX_SECONDS);
  const problems = ["timeLimitSeconds", "timeLimitMode", "modes", "retakes"].flatMap((field) => errors[field] ?? []);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={`${id}-limit`} className="block text-sm font-medium">
          Time limit
        </label>
        <select
          id={`${id}-limit`}
          className={selectClass}
          value={value.timeLimitSeconds}
          onChange={(e) => onChange({ ...value, timeLimitSeconds: Number(e.target.value) })}
        >
          {[...new Set([...minutes.map((m) => m * 60), value.timeLimitSeconds])]
            .sort((a, b) => a - b)
            .map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds < 60 ? `${seconds} seconds` : `${seconds / 60} minute${seconds === 60 ? "" : "s"}`}
              </option>
            ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-mode`} className="block text-sm font-medium">
          Kind of limit
        </label>
        <select
          id={`${id}-mode`}
          className={selectClass}
          value={value.timeLimitMode}
          onChange={(e) => onChange({ ...value, timeLimitMode: e.target.value as TimeLimitMode })}
        >
          {TIME_LIMIT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {TIME_MODE_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-modes`} className="block text-sm font-medium">
          Answers
        </label>
        <select
          id={`${id}-modes`}
          className={selectClass}
          value={value.modes}
          onChange={(e) => onChange({ ...value, modes: e.target.value as AllowedAnswerModes })}
        >
          {ALLOWED_ANSWER_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-retakes`} className="block text-sm font-medium">
          Retakes before submitting
        </label>
        <select
          id={`${id}-retakes`}
          className={selectClass}
          value={value.retakes}
          onChange={(e) => onChange({ ...value, retakes: Number(e.target.value) })}
        >
          {Array.from({ length: MAX_RETAKES + 1 }, (_, n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      {problems.length ? (
        <ul className="text-sm text-red-700 sm:col-span-2">
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
