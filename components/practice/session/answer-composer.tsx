"use client";

import { Label } from "radix-ui";
import { ANSWER_MAX_CHARS } from "@/lib/practice/session/limits";
import type { useVoiceCapture } from "./use-voice-capture";

export type UiMode = "typed" | "voice";
type Voice = ReturnType<typeof useVoiceCapture>;

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
            What you say is written here; you can edit it before you submit.
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

function VoiceControls({ voice, disabled }: { voice: Voice; disabled: boolean }) {
  const { engine, status } = voice;
  const recording = status === "listening";
  const live = engine === "web-speech";
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="voice-controls">
      {engine === "checking" ? <p>Checking what this browser supports…</p> : null}
      {engine === "needs-ai" ? (
        <p className="text-amber-900" data-testid="voice-needs-ai">
          Voice answers need AI transcription, which is not configured here, and this browser has no built-in speech
          recognition. You can still type your answer below.
        </p>
      ) : null}
      {engine === "unsupported" ? (
        <p className="text-amber-900">This browser cannot record audio. You can still type your answer below.</p>
      ) : null}
      {live || engine === "recorder" ? (
        <>
          <p className="text-slate-700">
            {live
              ? "Live transcription by your browser: words appear as you speak."
              : "Your answer is recorded, then transcribed by AI when you stop. The recording is deleted once the text is back; audio is never stored."}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            {recording ? (
              <button type="button" onClick={voice.stop} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
                {live ? "Stop speaking" : "Stop recording"}
              </button>
            ) : (
              <button
                type="button"
                onClick={voice.start}
                disabled={disabled || status === "transcribing"}
                className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
              >
                {live ? "Start speaking" : "Start recording"}
              </button>
            )}
            <p aria-live="polite" className="text-slate-700" data-testid="voice-status">
              {recording ? (live ? "Listening…" : "Recording…") : status === "transcribing" ? "Transcribing your recording…" : ""}
            </p>
          </div>
          {live && voice.interim ? (
            <p className="italic text-slate-600" data-testid="voice-interim">
              {voice.interim}
            </p>
          ) : null}
        </>
      ) : null}
      {voice.note ? <p className="text-slate-700">{voice.note}</p> : null}
      {voice.error ? (
        <p role="alert" className="text-red-700" data-testid="voice-error">
          {voice.error}
        </p>
      ) : null}
    </div>
  );
}
