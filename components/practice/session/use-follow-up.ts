"use client";

import { useEffect, useRef, useState } from "react";
import { jsonBody } from "@/lib/practice/client/api-request";
import { followUpDraftSession } from "@/lib/practice/client/draft-store";
import type { AnswerJson } from "@/lib/practice/client/session-json";
import { describeWait } from "@/lib/practice/client/timer";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { buildAnswerPayload } from "@/lib/practice/session/answer-payload";
import { SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";
import { useAnswerDraft } from "./use-answer-draft";
import { useVoiceCapture } from "./use-voice-capture";

type Options = {
  sessionId: string;
  position: number;
  answer: AnswerJson;
  aiAvailable: boolean;
  /** Ask for the follow-up now: the answer was just given (not when an old answer is shown again). */
  askNow: boolean;
  onAnswered: (answer: AnswerJson) => void;
};

type StepResult = { answer?: AnswerJson; notice?: string };

/**
 * The follow-up after one answer: asks for it once right after the answer, then answers it (typed or spoken, with
 * its own draft kept like an answer's) or skips it. Every step's reply is the stored answer, handed to `onAnswered`.
 */
export function useFollowUp({ sessionId, position, answer, aiAvailable, askNow, onAnswered }: Options) {
  // A key of its own, so the follow-up's draft never mixes with the question's.
  const draft = useAnswerDraft(followUpDraftSession(sessionId), position);
  const [notice, setNotice] = useState<string | null>(null);
  const askedRef = useRef(false);
  const step = useApiMutation<StepResult>({
    failed: "We could not reach the interviewer's follow-up. Please try again.",
    offline: "We could not reach the server. Check your connection and try again; your draft is kept.",
    rateLimited: (wait) => `You have reached the hourly limit of answers. Try again in ${describeWait(wait ?? Number.NaN)}.`,
  });
  const url = `/api/practice/sessions/${encodeURIComponent(sessionId)}/answers/${position}/follow-up`;

  async function send(body: Record<string, unknown>): Promise<boolean> {
    const result = await step.mutate(url, { method: "POST", ...jsonBody(body) });
    const stored = result?.ok ? result.body?.answer : undefined;
    if (!stored) return false;
    setNotice(result?.ok ? (result.body?.notice ?? null) : null);
    onAnswered(stored);
    return true;
  }

  useEffect(() => {
    if (!askNow || answer.followUp || askedRef.current) return;
    askedRef.current = true;
    void send({ action: "ask" });
    // Once per answer shown: the ref guards against a second effect run.
  }, [askNow, answer.followUp]);

  const voice = useVoiceCapture({ aiAvailable, onStart: draft.markStarted, onFinal: draft.appendSegment });

  async function submit() {
    const current = draft.current.current;
    if (!/[\p{L}\p{N}]/u.test(current.text)) return step.fail("Write or record an answer to the follow-up before submitting.");
    voice.stop();
    draft.flush();
    const voiced = current.segments.length > 0;
    const durationMs = voiced
      ? Math.max(...current.segments.map((s) => s.endMs))
      : current.startedAt === null
        ? 0
        : Date.now() - current.startedAt;
    const payload = buildAnswerPayload({
      answer: current.text,
      mode: voiced ? "voice" : "typed",
      durationMs: Math.min(Math.max(0, durationMs), SESSION_TIME_LIMIT_MS),
      segments: voiced ? current.segments : undefined,
    });
    if (await send({ action: "answer", ...payload })) draft.clear();
  }

  return {
    draft,
    voice,
    notice,
    pending: step.pending,
    error: step.message,
    submit,
    skip: () => void send({ action: "skip" }),
  };
}
