"use client";

import { useId } from "react";
import Link from "next/link";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { InterviewTypeField } from "./interview-type-field";
import { JobDescriptionField, QuestionCountField } from "./session-size-fields";
import { useStartSession } from "./use-start-session";

export type StartSessionFormProps = {
  /** True when OpenAI is configured: questions are written by AI; otherwise they come from the offline bank. */
  aiAvailable: boolean;
  /** How many questions the offline bank holds, shown when it is the engine in use. */
  bankSize: number;
  /** True when the saved profile has no CV text, target role or goals. */
  profileEmpty: boolean;
  /** The user switched AI processing off in their privacy settings (AI is configured, but not used for them). */
  aiSwitchedOff?: boolean;
  /** True when AI is configured but the user's plan (Free) does not include it. */
  aiNeedsPro?: boolean;
};

/** Starts a practice session through the API, then opens it. */
export function StartSessionForm({ aiAvailable, bankSize, profileEmpty, aiSwitchedOff, aiNeedsPro }: StartSessionFormProps) {
  const id = useId();
  const form = useStartSession();

  return (
    <form
      onSubmit={form.submit}
      aria-labelledby={`${id}-heading`}
      aria-busy={form.pending}
      noValidate
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Start a practice session
        </h2>
        <p className="mt-1 text-sm text-slate-600" data-testid="question-engine">
          {aiAvailable
            ? "Questions written for you by AI, from your profile and the job description."
            : `${aiSwitchedOff ? "Offline engine: you switched off AI processing in privacy settings" : aiNeedsPro ? "Offline engine on the Free plan (AI questions come with Pro)" : "AI is not configured"}: questions come from our offline bank of ${bankSize} questions, chosen for your profile.`}
        </p>
        {profileEmpty ? (
          <p className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="profile-hint">
            <Link href="/profile" className="font-medium underline">
              Add your CV and target role for personalised questions
            </Link>
            .
          </p>
        ) : null}
      </div>

      <InterviewTypeField id={id} value={form.type} onChange={form.setType} errors={form.typeErrors} />
      <QuestionCountField id={id} value={form.count} onChange={form.setCount} errors={form.countErrors} />
      <JobDescriptionField
        id={id}
        value={form.jobDescription}
        onChange={form.setJobDescription}
        errors={form.jobDescriptionErrors}
        tooLong={form.tooLong}
      />
      <div className="flex items-start gap-2">
        <input
          id={`${id}-follow-ups`}
          type="checkbox"
          checked={form.followUps}
          onChange={(event) => form.setFollowUps(event.target.checked)}
          aria-describedby={`${id}-follow-ups-hint`}
          className="mt-1 size-4 accent-brand"
        />
        <div>
          <label htmlFor={`${id}-follow-ups`} className="font-medium">
            Ask me follow-up questions
          </label>
          <p id={`${id}-follow-ups-hint`} className="text-sm text-slate-600">
            After an answer that leaves something out, the interviewer asks one follow-up about it, as in a real interview.
          </p>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={form.pending} pendingLabel="Starting…" disabled={form.tooLong}>
          Start session
        </SubmitButton>
        <p role="status" aria-live="polite" className="text-sm text-slate-600">
          {form.pending ? "Choosing your questions…" : ""}
        </p>
      </div>
      <FormAlerts error={form.error} limited={form.limited} upgradeUrl={form.upgradeUrl} errorTestId="start-error" />
    </form>
  );
}
