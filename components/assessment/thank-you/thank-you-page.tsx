"use client";

import { useCallback } from "react";
import { formatDate } from "../format";
import { LinkLoading } from "../link-notices";
import { StepHeading } from "../step-heading";
import { candidateApi, candidateApiBase, useCandidateLoad } from "../use-candidate-api";
import { IntegrityLog } from "./integrity-log";

/**
 * After submission, all the link shows. The browser that submitted also gets its receipt: the integrity log reviewers
 * see, when the data will be deleted, and its own answers to download; any other visitor sees only the thanks.
 */
export function ThankYouPage({ token, receipt }: { token: string; receipt: boolean }) {
  return (
    <section aria-labelledby="thank-you-heading" className="space-y-4" data-testid="assessment-thank-you">
      <StepHeading id="thank-you-heading">Thank you: your assessment is submitted</StepHeading>
      <p className="text-slate-700">Your answers have been sent to the hiring team. You do not need to do anything else.</p>
      {receipt ? <Receipt token={token} /> : null}
    </section>
  );
}

function Receipt({ token }: { token: string }) {
  const load = useCandidateLoad(useCallback(() => candidateApi.receipt(token), [token]));
  if (load.loading && !load.body) return <LinkLoading label="Loading your receipt…" />;
  if (!load.body) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {load.error}{" "}
        <button type="button" onClick={() => void load.retry()} className="underline">
          Try again
        </button>
      </p>
    );
  }
  const { integrity, retentionUntil, answers } = load.body;
  return (
    <div className="space-y-4">
      <p className="text-slate-700" data-testid="assessment-retention">
        Your name, email and answers are kept until {formatDate(retentionUntil)}, then deleted; the times in this log go
        30 days after you submitted. Only anonymous scores and counts remain.
      </p>
      <IntegrityLog integrity={integrity} />
      <p>
        <a href={`${candidateApiBase(token)}/receipt?download=1`} download className="font-medium text-brand underline underline-offset-2" data-testid="assessment-download">
          Download my answers (JSON)
        </a>{" "}
        <span className="text-sm text-slate-600">
          ({answers.length} {answers.length === 1 ? "answer" : "answers"})
        </span>
      </p>
    </div>
  );
}
