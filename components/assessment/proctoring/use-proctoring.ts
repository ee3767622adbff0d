"use client";

/**
 * Proctoring for the question on screen: page signals (tab switches, window blurs) always, camera signals from the
 * presence tracker's live figures when the camera is on. Events are queued and sent in batches to /events every
 * few seconds, when the question changes, and with `keepalive` when the page is being left. A failed batch is put
 * back and sent with the next one.
 */
import { useCallback, useEffect, useRef } from "react";
import { createEventQueue, createPresenceEventDetector, pageSignal, withinQuestionWindow } from "@/lib/assessments/client/proctoring-events";
import type { ProctoringEvent } from "@/lib/assessments/client/candidate-types";
import { candidateApi } from "../use-candidate-api";
import type { Tracker } from "./camera-strip";

const FLUSH_EVERY_MS = 10_000;

type Options = {
  token: string;
  enabled: boolean;
  tracker: Tracker;
  /** The question on screen, or null between questions. */
  position: number | null;
  /** Epoch ms when that question was first shown: event times count from here. */
  questionStartedAt: number | null;
  /** The question's time limit: the API takes events up to twice it. */
  limitSeconds: number;
};

export function useProctoring({ token, enabled, tracker, position, questionStartedAt, limitSeconds }: Options) {
  const queue = useRef(createEventQueue()).current;
  const limit = useRef(limitSeconds);
  // Updated after the previous question's cleanup has filed its last events against the previous limit.
  useEffect(() => {
    limit.current = limitSeconds;
  }, [limitSeconds]);
  const record = useCallback((...events: ProctoringEvent[]) => queue.push(...withinQuestionWindow(events, limit.current)), [queue]);
  // The batch on its way, so a flush asked for meanwhile (submit) waits for it instead of returning early.
  const inFlight = useRef<Promise<void> | null>(null);
  const detector = useRef<ReturnType<typeof createPresenceEventDetector> | null>(null);
  const { beginAnswer, endAnswer, live } = tracker;

  const sendQueued = useCallback(async () => {
    for (let batch = queue.take(); batch.length > 0; batch = queue.take()) {
      const result = await candidateApi.events(token, batch);
      if (!result.ok) {
        // Kept for the next try, unless the attempt is over (submitted: 409) or the link is gone.
        if (result.status === null || result.status >= 500 || result.status === 429) queue.putBack(batch);
        break;
      }
    }
  }, [queue, token]);

  /** Sends what is queued; resolves once every event queued before the call has been sent (or given up on). */
  const flush = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    const sending = sendQueued().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = sending;
    await sending;
  }, [sendQueued]);

  /** The page is going away: every batch leaves at once, with keepalive, and nothing waits for an answer. */
  const flushLeaving = useCallback(() => {
    for (let batch = queue.take(); batch.length > 0; batch = queue.take()) void candidateApi.events(token, batch, true);
  }, [queue, token]);

  // One question: page listeners, a fresh presence detector, and the tracker counting for this answer.
  useEffect(() => {
    if (!enabled || position === null || questionStartedAt === null) return;
    beginAnswer();
    detector.current = createPresenceEventDetector(position);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") record(pageSignal("tab_switch", position, questionStartedAt, Date.now()));
    };
    const onBlur = () => record(pageSignal("window_blur", position, questionStartedAt, Date.now()));
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("blur", onBlur);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("blur", onBlur);
      record(...(detector.current?.finish() ?? []));
      detector.current = null;
      endAnswer();
      void flush();
    };
  }, [enabled, position, questionStartedAt, beginAnswer, endAnswer, record, flush]);

  // The tracker's live figures arrive about twice a second while the camera is on.
  useEffect(() => {
    if (!live || !detector.current || questionStartedAt === null) return;
    record(...detector.current.observe(live, Date.now() - questionStartedAt));
  }, [live, questionStartedAt, record]);

  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => void flush(), FLUSH_EVERY_MS);
    const onLeave = () => {
      record(...(detector.current?.finish() ?? []));
      flushLeaving();
    };
    window.addEventListener("pagehide", onLeave);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("pagehide", onLeave);
    };
  }, [enabled, flush, flushLeaving, record]);

  return { flush };
}
