import type { CandidateLinkDetails } from "@/lib/assessments/client/candidate-types";
import { formatDateTime } from "../format";
import { StepHeading } from "../step-heading";
import { ConsentStart } from "./consent-start";
import { WhatIsCollected } from "./what-is-collected";

type Props = { token: string; view: CandidateLinkDetails; onStarted: (attemptId: string) => void; onOtherDevice: () => void };

/** What opening the link shows: who asks, for which role, the rules, what is collected, and consent before Start. */
export function LandingPage({ token, view, onStarted, onOtherDevice }: Props) {
  const { assessment } = view;
  return (
    <section aria-labelledby="assessment-heading" className="space-y-5" data-testid="assessment-landing">
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-600">{assessment.organisationName}</p>
        <StepHeading id="assessment-heading" focusOnMount={false}>
          {assessment.title}
        </StepHeading>
        <p className="text-slate-700">Role: {assessment.roleTitle}</p>
        <p className="text-sm text-slate-600">Open until {formatDateTime(assessment.deadlineAt)}.</p>
      </div>
      {assessment.introduction ? <p className="whitespace-pre-line text-slate-800">{assessment.introduction}</p> : null}
      <WhatIsCollected view={view} />
      <ConsentStart
        token={token}
        consentVersion={view.consentVersion}
        organisationName={assessment.organisationName}
        onStarted={onStarted}
        onOtherDevice={onOtherDevice}
      />
    </section>
  );
}
