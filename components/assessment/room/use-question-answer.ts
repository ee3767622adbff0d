"use client";

/**
 * One assessment question's answer: the draft mirrored to localStorage (so leaving and coming back loses nothing and
 * the time limit keeps running from the first showing), typed or spoken input through the practice room's voice
 * capture, retakes, and saving. At a hard limit whatever is written is saved on its own. Nothing comes back but "saved".
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useVoiceCapture } from "@/components/practice/session/use-voice-capture";
import { useNow } from "@/components/practice/session/timers";
import { browserStorage, createDebouncedWriter } from "@/lib/practice/client/draft-store";
import { jsonBody } from "@/lib/practice/client/api-request";
import { appendTranscript } from "@/lib/practice/client/transcript";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { type AssessmentDraft, createAssessmentDrafts } from "@/lib/assessments/client/assessment-drafts";
import { answerSubmission } from "@/lib/assessments/client/answer-submission";
import type { AttemptQuestion } from "@/lib/assessments/client/candidate-types";
import { timeLimitStatus } from "@/lib/assessments/client/time-limit";
import type { DeliverySegment } from "@/lib/scoring/delivery-config";
import { candidateApiBase } from "../use-candidate-api";
import { useServerQuestionStart } from "./use-server-question-start";

type Options = {
  token: string;
  attemptId: string;
  question: AttemptQuestion;
  /** The question is done: saved, or (`saved` false) closed by a hard limit with nothing written. */
  onSaved: (position: number, saved: boolean) => void;
  /** Told when the question's first showing is known (restored or now): proctoring times its events from it. */
  onShown: (position: number, shownAt: number) => void;
};

export function useQuestionAnswer({ token, attemptId, question, onSaved, onShown }: Options) {
  const { position } = question;
  const drafts = useMemo(() => createAssessmentDrafts(browserStorage()), []);
  const writer = useMemo(() => createDebouncedWriter<AssessmentDraft>((d) => drafts.save(attemptId, position, d), 250), [drafts, attemptId, position]);
  const [draft, setDraft] = useState<AssessmentDraft | null>(null);
  const draftRef = useRef<AssessmentDraft | null>(null);
  const now = useNow(500);
  const save = useApiMutation<{ position?: number }>({ failed: "We could not save your answer.", offline: "We could not reach the server. Your answer is kept in this browser; try again." });

  // Restored after hydration (localStorage); a first showing is written at once, so the limit survives a reload.
  useEffect(() => {
    const restored = drafts.load(attemptId, position);
    const first: AssessmentDraft = restored ?? {
      text: "",
      mode: question.modes === "voice" ? "voice" : "typed",
      shownAt: Date.now(),
      speechStartedAt: null,
      segments: [],
      retakesUsed: 0,
    };
    if (!restored) drafts.save(attemptId, position, first);
    draftRef.current = first;
    setDraft(first);
    onShown(position, first.shownAt);
  }, [drafts, attemptId, position, question.modes, onShown]);

  useEffect(() => {
    const flush = () => writer.flush();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [writer]);

  const update = useCallback(
    (patch: Partial<AssessmentDraft>) => {
      if (!draftRef.current) return;
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      setDraft(next);
      writer.schedule(next);
    },
    [writer],
  );

  const moveShownAt = useCallback((shownAt: number) => update({ shownAt }), [update]);
  const shown = useServerQuestionStart(token, position, draft?.shownAt ?? null, moveShownAt);
  const { ensureStarted } = shown;

  const voice = useVoiceCapture({
    // The transcription route needs an account; a candidate's recording stays in the browser while they type it.
    aiAvailable: false,
    onStart: () => {
      const started = draftRef.current?.speechStartedAt ?? Date.now();
      update({ speechStartedAt: started });
      return started;
    },
    onFinal: (segment: DeliverySegment) => {
      const current = draftRef.current;
      if (!current) return;
      update({ text: segment.text ? appendTranscript(current.text, segment.text) : current.text, segments: [...current.segments, segment] });
    },
  });

  const status = draft && now !== null ? timeLimitStatus(draft.shownAt, now, question.timeLimitSeconds, question.timeLimitMode) : null;
  const closed = status?.phase === "closed";
  const retakesLeft = Math.max(0, question.retakes - (draft?.retakesUsed ?? 0));

  const finish = useCallback(
    (saved: boolean) => {
      // A question closed without an answer keeps its draft (its first showing), so a reload does not reopen it.
      if (saved) {
        writer.cancel();
        drafts.clear(attemptId, position);
      } else writer.flush();
      onSaved(position, saved);
    },
    [writer, drafts, attemptId, position, onSaved],
  );

  const saveAnswer = useCallback(async () => {
    const current = draftRef.current;
    if (!current || save.pending) return;
    voice.stop();
    writer.flush();
    await ensureStarted();
    const body = answerSubmission(draftRef.current ?? current, question, Date.now());
    const result = await save.mutate(`${candidateApiBase(token)}/answers/${position}`, { method: "POST", credentials: "same-origin", ...jsonBody(body) });
    // 409: this question already has an answer (saved before a reload); either way it is done here.
    if (result?.ok || result?.status === 409) finish(true);
  }, [save, voice, writer, ensureStarted, question, token, position, finish]);

  // A hard limit closes the answer: what is written is saved, even nothing (reviewers see an empty answer).
  const autoSaved = useRef(false);
  useEffect(() => {
    if (!closed || autoSaved.current || !draftRef.current) return;
    autoSaved.current = true;
    void saveAnswer();
  }, [closed, saveAnswer]);

  const retake = useCallback(() => {
    const current = draftRef.current;
    if (!current || current.retakesUsed >= question.retakes) return;
    voice.stop();
    update({ text: "", segments: [], speechStartedAt: null, retakesUsed: current.retakesUsed + 1 });
  }, [question.retakes, voice, update]);

  return { text: question.text ?? shown.text, showFailed: shown.failed, retryShow: shown.retry, draft, update, voice, status, closed, retakesLeft, retake, saveAnswer, saving: save.pending, error: save.message, skip: () => finish(false) };
}
