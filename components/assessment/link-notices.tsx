import { StepHeading } from "./step-heading";

/**
 * An unknown, expired or withdrawn link: the server's plain sentence and nothing else (no organisation named). With
 * `onRetry`, a fault worth trying again (offline, a server error) instead.
 */
export function LinkProblem({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <section aria-labelledby="link-problem-heading" className="space-y-3" data-testid="assessment-link-problem">
      <StepHeading id="link-problem-heading">{onRetry ? "Something went wrong" : "This link does not work"}</StepHeading>
      <p role="alert" className="text-slate-700">
        {message}
      </p>
      {onRetry ? (
        <button type="button" onClick={onRetry} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
          Try again
        </button>
      ) : null}
    </section>
  );
}

/** Another browser started this link: one sentence, nothing about the assessment or the organisation. */
export function OtherDeviceNotice() {
  return (
    <section aria-labelledby="other-device-heading" className="space-y-3" data-testid="assessment-other-device">
      <StepHeading id="other-device-heading">This link is already in use on another device.</StepHeading>
    </section>
  );
}

/** While the link is being read. */
export function LinkLoading({ label = "Opening your assessment…" }: { label?: string }) {
  return (
    <p role="status" className="text-slate-600">
      {label}
    </p>
  );
}
