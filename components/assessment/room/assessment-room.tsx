"use client";

import { useCallback, useState } from "react";
import { createAssessmentDrafts } from "@/lib/assessments/client/assessment-drafts";
import type { CandidateAttempt } from "@/lib/assessments/client/candidate-types";
import { browserStorage } from "@/lib/practice/client/draft-store";
import { formatDateTime } from "../format";
import type { Tracker } from "../proctoring/camera-strip";
import { ProctoringNotice } from "../proctoring/proctoring-notice";
import { useProctoring } from "../proctoring/use-proctoring";
import { QuestionPanel } from "./question-panel";
import { SubmitPanel } from "./submit-panel";

type Props = {
  token: string;
  attemptId: string;
  attempt: CandidateAttempt;
  proctoring: boolean;
  tracker: Tracker;
  onSubmitted: () => void;
};

/**
 * The practice room in assessment mode: one question at a time, in order, each saved before the next; then an explicit
 * submit. No model answer, score or feedback appears anywhere. Proctoring (when on) follows the question on screen.
 */
export function AssessmentRoom({ token, attemptId, attempt, proctoring, tracker, onSubmitted }: Props) {
  const [done, setDone] = useState<Set<number>>(() => new Set(attempt.questions.filter((q) => q.answered).map((q) => q.position)));
  const [shown, setShown] = useState<{ position: number; at: number } | null>(null);
  const current = attempt.questions.find((q) => !done.has(q.position)) ?? null;
  const startedAt = current && shown?.position === current.position ? shown.at : null;
  const { flush: sendProctoringEvents } = useProctoring({
    token,
    enabled: proctoring,
    tracker,
    position: startedAt === null ? null : current!.position,
    questionStartedAt: startedAt,
    limitSeconds: current?.timeLimitSeconds ?? 0,
  });

  const [unsaved, setUnsaved] = useState(0);
  const onSaved = useCallback((position: number, saved: boolean) => {
    setDone((previous) => new Set(previous).add(position));
    if (!saved) setUnsaved((n) => n + 1);
  }, []);
  const onShown = useCallback((position: number, at: number) => setShown({ position, at }), []);

  return (
    <div className="space-y-4" data-testid="assessment-room">
      <p className="text-sm text-slate-600">You can leave and come back in this browser until {formatDateTime(attempt.deadlineAt)}.</p>
      {proctoring ? <ProctoringNotice /> : null}
      {current ? (
        <QuestionPanel
          key={current.position}
          token={token}
          attemptId={attemptId}
          question={current}
          total={attempt.questions.length}
          onSaved={onSaved}
          onShown={onShown}
        />
      ) : (
        <SubmitPanel
          token={token}
          unanswered={unsaved}
          beforeSubmit={proctoring ? sendProctoringEvents : undefined}
          onSubmitted={() => {
            // Submitted: nothing of the attempt stays in this browser.
            createAssessmentDrafts(browserStorage()).clearAttempt(attemptId);
            onSubmitted();
          }}
        />
      )}
    </div>
  );
}
