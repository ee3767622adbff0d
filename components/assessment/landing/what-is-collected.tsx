import type { CandidateLinkDetails } from "@/lib/assessments/client/candidate-types";
import { describeSeconds, MODE_LABELS } from "../format";

/** The questions' rules, then exactly what is collected, how long it is kept and who sees it. */
export function WhatIsCollected({ view }: { view: CandidateLinkDetails }) {
  const { assessment, collected } = view;
  return (
    <>
      <section aria-labelledby="questions-heading" className="space-y-2">
        <h2 id="questions-heading" className="font-semibold">
          {assessment.questionCount} {assessment.questionCount === 1 ? "question" : "questions"}
        </h2>
        <ul className="space-y-1 text-sm text-slate-700" data-testid="assessment-question-rules">
          {assessment.questions.map((q) => (
            <li key={q.position}>
              Question {q.position}: {describeSeconds(q.timeLimitSeconds)}
              {q.timeLimitMode === "hard" ? " (the answer closes at the limit)" : " (you may run over; reviewers see it)"}, answered{" "}
              {MODE_LABELS[q.modes]}
              {q.retakes > 0 ? `, ${q.retakes} ${q.retakes === 1 ? "retake" : "retakes"} allowed` : ", no retakes"}.
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="collected-heading" className="space-y-2">
        <h2 id="collected-heading" className="font-semibold">
          What is collected
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="assessment-collected">
          {collected.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {assessment.proctoring ? (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="assessment-proctoring-notice">
            Proctoring is on. While you answer, this browser counts tab switches and times the window loses focus, and with
            your camera it counts looking away for more than a second, more than one face in view and your face leaving the
            picture. Face detection runs on this device: no video or image is ever sent or stored, only the counts and times.
          </p>
        ) : null}
        <p className="text-sm text-slate-700">
          Your name, email and answers are kept for {assessment.retentionDays} days after you submit, then deleted; the
          timeline of proctoring signals goes after 30 days. Only anonymous scores and counts remain. Seen only by the hiring team at{" "}
          {assessment.organisationName}. You will see the same integrity log they see, and can download your answers, once
          you submit.
        </p>
      </section>
    </>
  );
}
