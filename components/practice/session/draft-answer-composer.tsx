"use client";

import { ANSWER_MAX_CHARS } from "@/lib/practice/session/limits";
import { AnswerComposer } from "./answer-composer";
import type { AnswerDraftHandle } from "./use-answer-draft";
import type { Voice } from "./voice-controls";

type DraftAnswerComposerProps = {
  position: number;
  /** The answer's draft (its own storage key: a question's or a follow-up's, see useAnswerDraft). */
  draft: AnswerDraftHandle;
  voice: Voice;
  /** The first keystroke starts the answer (its clock, and for a question its presence counting). */
  onStart: () => void;
  disabled: boolean;
};

/** Whether the draft is past the answer length limit: it cannot be submitted until it is shortened. */
export function draftTooLong(draft: AnswerDraftHandle): boolean {
  return draft.draft.text.length > ANSWER_MAX_CHARS;
}

/**
 * The answer composer bound to a draft and a microphone: typing starts the answer and is saved with the draft, and
 * switching back to typing stops any capture still running. Shared by a question's answer and a follow-up's.
 */
export function DraftAnswerComposer({ position, draft, voice, onStart, disabled }: DraftAnswerComposerProps) {
  return (
    <AnswerComposer
      position={position}
      text={draft.draft.text}
      onTextChange={(text) => {
        if (text.length > 0) onStart();
        draft.update({ text });
      }}
      uiMode={draft.draft.mode}
      onModeChange={(mode) => {
        if (mode === "typed") voice.stop();
        draft.update({ mode });
      }}
      voice={voice}
      disabled={disabled}
    />
  );
}
