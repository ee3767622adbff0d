"use client";

import { VoiceControls, type Voice } from "@/components/practice/session/voice-controls";
import { ANSWER_MAX_CHARS } from "@/lib/practice/session/limits";
import type { AllowedModes, AnswerMode } from "@/lib/assessments/client/candidate-types";

type Props = {
  position: number;
  allowed: AllowedModes;
  mode: AnswerMode;
  onModeChange: (mode: AnswerMode) => void;
  text: string;
  onTextChange: (text: string) => void;
  voice: Voice;
  disabled: boolean;
};

const count = (n: number) => n.toLocaleString("en-GB");

/** The answer box, with Type / Speak offered only as the question allows. Speaking writes into the same box. */
export function AnswerInput({ position, allowed, mode, onModeChange, text, onTextChange, voice, disabled }: Props) {
  const id = `assessment-answer-${position}`;
  const tooLong = text.length > ANSWER_MAX_CHARS;
  return (
    <div className="space-y-3">
      {allowed === "both" ? (
        <fieldset className="flex flex-wrap items-center gap-3">
          <legend className="mb-1 text-sm font-medium text-slate-700">Answer by</legend>
          {(["typed", "voice"] as const).map((value) => (
            <label
              key={value}
              className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand ${mode === value ? "border-brand bg-indigo-50 font-medium" : "border-slate-300 bg-white"}`}
            >
              <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => onModeChange(value)} disabled={disabled} className="accent-brand" />
              {value === "typed" ? "Type" : "Speak"}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="text-sm text-slate-700">{allowed === "voice" ? "This question is answered by speaking." : "This question is answered by typing."}</p>
      )}
      {mode === "voice" ? <VoiceControls voice={voice} disabled={disabled} /> : null}
      <div>
        <label htmlFor={id} className="block font-medium">
          Your answer
        </label>
        <textarea
          id={id}
          rows={8}
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          readOnly={disabled}
          aria-invalid={tooLong}
          aria-describedby={`${id}-count`}
          className={`mt-1 w-full rounded-md border px-3 py-2 ${tooLong ? "border-red-600" : "border-slate-300"}`}
        />
        <p id={`${id}-count`} className={`text-right text-xs ${tooLong ? "text-red-700" : "text-slate-500"}`}>
          {count(text.length)} / {count(ANSWER_MAX_CHARS)} characters
        </p>
      </div>
    </div>
  );
}
