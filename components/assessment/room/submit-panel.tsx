"use client";

import { useRef, useState } from "react";
import { cancelButton, primaryButton } from "@/components/ui/button-styles";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { StepHeading } from "../step-heading";
import { candidateApiBase } from "../use-candidate-api";

type Props = {
  token: string;
  unanswered: number;
  onSubmitted: () => void;
  /** Runs first: the last question's proctoring events must reach the server before the attempt closes to them. */
  beforeSubmit?: () => Promise<void>;
};

/** The explicit end: "Submit assessment", then a confirmation, because nothing can be changed afterwards. */
export function SubmitPanel({ token, unanswered, onSubmitted, beforeSubmit }: Props) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const submit = useApiMutation<{ submittedAt?: string }>({
    failed: "We could not submit your assessment. Your answers are saved; try again.",
    offline: "We could not reach the server. Your saved answers are safe; try again.",
    holdOnSuccess: true,
  });

  async function send() {
    await beforeSubmit?.();
    const result = await submit.mutate(`${candidateApiBase(token)}/submit`, { method: "POST", credentials: "same-origin" });
    // 409: already submitted (another tab of this browser): the thank-you page is what follows either way.
    if (result?.ok || result?.status === 409) onSubmitted();
  }

  function ask(open: boolean) {
    setConfirming(open);
    // Focus follows the choice: into the confirmation, or back to the button that opened it.
    requestAnimationFrame(() => (open ? confirmRef : submitRef).current?.focus());
  }

  return (
    <section aria-labelledby="submit-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="assessment-submit">
      <StepHeading id="submit-heading">Submit your assessment</StepHeading>
      <p className="text-slate-700">
        {unanswered === 0
          ? "Every answer is saved. Submit to send them to the hiring team."
          : `${unanswered} ${unanswered === 1 ? "question has" : "questions have"} no saved answer. You can still submit.`}
      </p>
      {!confirming ? (
        <button ref={submitRef} type="button" onClick={() => ask(true)} className={primaryButton}>
          Submit assessment
        </button>
      ) : (
        <div role="group" aria-labelledby="submit-confirm-text" className="space-y-3 rounded-md bg-slate-50 p-3">
          <p id="submit-confirm-text" className="font-medium">
            Submit now? You cannot change your answers afterwards.
          </p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="button" onClick={() => void send()} disabled={submit.pending} className={primaryButton}>
              {submit.pending ? "Submitting…" : "Yes, submit"}
            </button>
            <button type="button" onClick={() => ask(false)} disabled={submit.pending} className={cancelButton}>
              Not yet
            </button>
          </div>
        </div>
      )}
      {submit.message ? (
        <p role="alert" className="text-sm text-red-700" data-testid="assessment-submit-error">
          {submit.message}
        </p>
      ) : null}
    </section>
  );
}
