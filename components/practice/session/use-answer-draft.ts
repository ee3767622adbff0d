"use client";

/**
 * The answer being written for one question, mirrored to localStorage (see lib/practice/client/draft-store.ts):
 * every change is saved within 300 ms, and at once when the page is being left, so a reload, a lost connection or a
 * server error never loses it. The draft is cleared only once the server has stored the answer.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type AnswerDraft, browserStorage, createDebouncedWriter, createDraftStore } from "@/lib/practice/client/draft-store";
import { appendTranscript } from "@/lib/practice/client/transcript";
import type { DeliverySegment } from "@/lib/scoring/delivery-config";

export type DraftState = Omit<AnswerDraft, "savedAt">;

const EMPTY: DraftState = { text: "", mode: "typed", startedAt: null, segments: [] };
const SAVE_DELAY_MS = 250;

export function useAnswerDraft(sessionId: string, position: number) {
  const store = useMemo(() => createDraftStore(browserStorage()), []);
  const writer = useMemo(
    () => createDebouncedWriter<DraftState>((draft) => store.save(sessionId, position, draft), SAVE_DELAY_MS),
    [store, sessionId, position],
  );
  const [draft, setDraft] = useState<DraftState>(EMPTY);
  const [restored, setRestored] = useState(false);
  const draftRef = useRef<DraftState>(EMPTY);

  // Restoring reads localStorage, which exists only after hydration; saves happen in the change handlers (never in
  // an effect on the state), so this first empty render cannot overwrite the stored draft.
  useEffect(() => {
    const saved = store.load(sessionId, position);
    if (!saved) return;
    const { savedAt: _savedAt, ...rest } = saved;
    draftRef.current = rest;
    setDraft(rest);
    setRestored(true);
  }, [store, sessionId, position]);

  useEffect(() => {
    const flush = () => writer.flush();
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [writer]);

  const update = useCallback(
    (patch: Partial<DraftState>) => {
      const next = { ...draftRef.current, ...patch };
      // Clearing the text clears the dictation timings too: what is left to time is a new answer.
      if (patch.text !== undefined && next.text.trim() === "") next.segments = [];
      draftRef.current = next;
      setDraft(next);
      writer.schedule(next);
    },
    [writer],
  );

  /**
   * Appends a final dictated segment to whatever is in the box, keeping its timing for pace. A segment without text (a
   * recording that could not be transcribed) keeps only its timing: the candidate types what they said.
   */
  const appendSegment = useCallback(
    (segment: DeliverySegment) => {
      const current = draftRef.current;
      const segments = [...current.segments, segment];
      update(segment.text ? { text: appendTranscript(current.text, segment.text), segments } : { segments });
    },
    [update],
  );

  /** Marks the answer as started (first keystroke or first recording) and returns its start, epoch ms. */
  const markStarted = useCallback((): number => {
    const existing = draftRef.current.startedAt;
    if (existing !== null) return existing;
    const now = Date.now();
    update({ startedAt: now });
    return now;
  }, [update]);

  const flush = useCallback(() => writer.flush(), [writer]);

  /** The answer is stored: forget the draft here and in storage. */
  const clear = useCallback(() => {
    writer.cancel();
    store.clear(sessionId, position);
    draftRef.current = EMPTY;
    setDraft(EMPTY);
    setRestored(false);
  }, [writer, store, sessionId, position]);

  return { draft, restored, update, appendSegment, markStarted, flush, clear, current: draftRef };
}

/** One answer's draft as the composer and the submitting hooks use it. */
export type AnswerDraftHandle = ReturnType<typeof useAnswerDraft>;
