"use client";

import { Label } from "radix-ui";
import { ANSWER_MAX_CHARS } from "@/lib/practice/session/limits";
import { type Voice, VoiceControls } from "./voice-controls";

export type UiMode = "typed" | "voice";

type AnswerComposerProps = {
  position: number;
  text: string;
  onTextChange: (text: string) => void;
  uiMode: UiMode;
  onModeChange: (mode: UiMode) => void;
  voice: Voice;
  disabled: boolean;
};

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * The answer box with its Type / Speak switch. Both modes write into the same editable transcript, so they submit the
 * same way and get identical feedback; Speak only adds a way to fill it.
 */
export function AnswerComposer({ position, text, onTextChange, uiMode, onModeChange, voice, disabled }: AnswerComposerProps) {
  const tooLong = text.length > ANSWER_MAX_CHARS;
  const id = `answer-${position}`;
  return (
    <div className="space-y-3">
      <fieldset className="flex flex-wrap items-center gap-4">
        <legend className="sr-only">Answer by</legend>
        <span aria-hidden className="text-sm font-medium text-slate-700">
          Answer by:
        </span>
        {(
          [
            ["typed", "Type"],
            ["voice", "Speak"],
          ] as const
        ).map(([value, label]) => (
          <label
            key={value}
            className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand ${uiMode === value ? "border-brand bg-indigo-50 font-medium" : "border-slate-300 bg-white"}`}
          >
            <input
              type="radio"
              name={`mode-${position}`}
              value={value}
              checked={uiMode === value}
              onChange={() => onModeChange(value)}
              disabled={disabled}
              className="accent-brand"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {uiMode === "voice" ? <VoiceControls voice={voice} disabled={disabled} /> : null}
      <div>
        <Label.Root htmlFor={id} className="block font-medium">
          Your answer
        </Label.Root>
        {uiMode === "voice" ? (
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {voice.engine === "recorder" && !voice.canTranscribe
              ? "Type what you said here; you can edit it before you submit."
              : "What you say is written here; you can edit it before you submit."}
          </p>
        ) : null}
        <textarea
          id={id}
          rows={10}
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          readOnly={disabled}
          aria-invalid={tooLong}
          aria-describedby={`${id}-count${uiMode === "voice" ? ` ${id}-hint` : ""}`}
          className={`mt-1 w-full rounded-md border px-3 py-2 ${tooLong ? "border-red-600" : "border-slate-300"}`}
        />
        <p id={`${id}-count`} className={`text-right text-xs ${tooLong ? "text-red-700" : "text-slate-500"}`} data-testid="answer-count">
          {count(text.length)} / {count(ANSWER_MAX_CHARS)} characters
          {tooLong ? ` — ${count(text.length - ANSWER_MAX_CHARS)} over the limit` : ""}
        </p>
      </div>
    </div>
  );
}
