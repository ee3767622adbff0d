"use client";

import { useCallback, useState } from "react";
import { usePresenceTracker } from "@/components/presence/use-presence-tracker";
import type { ApiResult } from "@/lib/practice/client/api-request";
import type { CandidateAttempt, CandidateLinkDetails } from "@/lib/assessments/client/candidate-types";
import { DeviceCheck } from "./device-check";
import { LinkLoading, LinkProblem } from "./link-notices";
import { PracticeQuestion } from "./practice-question";
import { CameraStrip } from "./proctoring/camera-strip";
import { AssessmentRoom } from "./room/assessment-room";
import { candidateApi, useCandidateLoad } from "./use-candidate-api";

type Props = { token: string; view: CandidateLinkDetails; modelUrl: string | null; onSubmitted: () => void };
type Step = "device-check" | "practice" | "room";

/**
 * An attempt started in this browser: the device check, the practice question (skipped once any answer is saved),
 * then the room. The presence tracker and its camera preview live here, so the camera stays on across the steps.
 */
export function AssessmentSession({ token, view, modelUrl, onSubmitted }: Props) {
  const { proctoring } = view.assessment;
  const tracker = usePresenceTracker(proctoring ? modelUrl : null);
  // Start again from this browser answers 200 with the same attempt: that is how a resumed page learns its id.
  const loadAttempt = useCallback(async (): Promise<ApiResult<{ attemptId: string; attempt: CandidateAttempt }>> => {
    const started = await candidateApi.start(token, view.consentVersion);
    if (!started.ok) return started;
    if (!started.body?.attemptId) return { ok: false, status: null, message: "We could not resume your assessment." };
    const attempt = await candidateApi.attempt(token);
    if (!attempt.ok) return attempt;
    return { ok: true, status: attempt.status, body: attempt.body ? { attemptId: started.body.attemptId, attempt: attempt.body } : null };
  }, [token, view.consentVersion]);
  const load = useCandidateLoad(loadAttempt);
  const microphone = view.assessment.questions.some((q) => q.modes !== "typed");
  const [step, setStep] = useState<Step>(microphone || proctoring ? "device-check" : "practice");

  if (load.loading && !load.body) return <LinkLoading label="Loading your questions…" />;
  if (!load.body) return <LinkProblem message={load.error ?? "We could not load your assessment."} onRetry={() => void load.retry()} />;
  const { attemptId, attempt } = load.body;
  const practice = attempt.practiceQuestion && !attempt.questions.some((q) => q.answered) ? attempt.practiceQuestion : null;
  const current: Step = step === "practice" && !practice ? "room" : step;

  return (
    <div className="space-y-4">
      {current === "device-check" ? (
        <DeviceCheck microphone={microphone} camera={proctoring} tracker={tracker} onContinue={() => setStep(practice ? "practice" : "room")} />
      ) : current === "practice" && practice ? (
        <PracticeQuestion text={practice.text} onContinue={() => setStep("room")} />
      ) : (
        <AssessmentRoom token={token} attemptId={attemptId} attempt={attempt} proctoring={proctoring} tracker={tracker} onSubmitted={onSubmitted} />
      )}
      {proctoring ? <CameraStrip tracker={tracker} compact={current !== "device-check"} /> : null}
    </div>
  );
}
