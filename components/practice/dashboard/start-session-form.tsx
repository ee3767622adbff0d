"use client";

import { useId, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Label } from "radix-ui";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { apiRequest, jsonBody } from "@/lib/practice/client/api-request";
import { describeWait } from "@/lib/practice/client/timer";
import { JOB_DESCRIPTION_MAX_CHARS } from "@/lib/practice/questions/schemas";
import { INTERVIEW_TYPES, type InterviewType, MAX_QUESTIONS, MIN_QUESTIONS } from "@/lib/practice/questions/types";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";
import { INTERVIEW_TYPE_LABELS } from "./format";

type Fields = Partial<Record<"type" | "count" | "jobDescription", string[]>>;

const TYPE_HINTS: Record<InterviewType, string> = {
  behavioural: "Past situations: conflict, leadership, failure, ownership.",
  role_specific: "The craft of your target role.",
  mixed: "A blend of both.",
};

const DEFAULT_COUNT = 5;
const START_FAILED = "We could not start the session. Please try again.";

export type StartSessionFormProps = {
  /** True when OpenAI is configured: questions are written by AI; otherwise they come from the offline bank. */
  aiAvailable: boolean;
  /** How many questions the offline bank holds, shown when it is the engine in use. */
  bankSize: number;
  /** True when the saved profile has no CV text, target role or goals. */
  profileEmpty: boolean;
};

/** Starts a practice session through the API, then opens it. */
export function StartSessionForm({ aiAvailable, bankSize, profileEmpty }: StartSessionFormProps) {
  const router = useRouter();
  const id = useId();
  const [type, setType] = useState<InterviewType>("behavioural");
  const [count, setCount] = useState(String(DEFAULT_COUNT));
  const [jobDescription, setJobDescription] = useState("");
  const [fields, setFields] = useState<Fields>({});
  const [error, setError] = useState<string | null>(null);
  const [limited, setLimited] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const tooLong = jobDescription.length > JOB_DESCRIPTION_MAX_CHARS;
  const jdErrors = fields.jobDescription ?? (tooLong ? [`Job description must be at most ${JOB_DESCRIPTION_MAX_CHARS.toLocaleString("en-GB")} characters.`] : []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (tooLong) return;
    setPending(true);
    setError(null);
    setLimited(null);
    setFields({});
    const result = await apiRequest<{ session?: { id?: string } }>(
      "/api/practice/sessions",
      { method: "POST", ...jsonBody({ type, count: Number(count), ...(jobDescription.trim() ? { jobDescription } : {}) }) },
      { failed: START_FAILED, offline: "We could not reach the server. Check your connection and try again." },
    );
    const sessionId = result.ok && result.status === 201 ? result.body?.session?.id : undefined;
    if (sessionId) {
      // Stay pending while the session page loads, so the button cannot start a second session.
      router.push(`/practice/sessions/${encodeURIComponent(sessionId)}`);
      return;
    }
    if (result.ok) {
      setError(START_FAILED);
    } else if (result.status === 429) {
      const wait = describeWait(result.retryAfterSeconds ?? Number.NaN);
      setLimited(`You have reached the limit of ${RATE_LIMIT_RULES.sessionsPerUser.limit} new sessions a day. Try again in ${wait}.`);
    } else if (result.status === 401) {
      setError("Your sign-in has expired. Sign in again to start a session.");
    } else {
      if (result.fields) setFields(result.fields as Fields);
      setError(result.message);
    }
    setPending(false);
  }

  const countErrors = fields.count ?? [];
  const typeErrors = fields.type ?? [];

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      aria-busy={pending}
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
            : `AI is not configured: questions come from our offline bank of ${bankSize} questions, chosen for your profile.`}
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

      <fieldset aria-describedby={typeErrors.length ? `${id}-type-error` : undefined}>
        <legend className="font-medium">Interview type</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {INTERVIEW_TYPES.map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-3 has-checked:border-brand has-checked:bg-indigo-50 has-focus-visible:ring-2 has-focus-visible:ring-brand"
            >
              <input
                type="radio"
                name="type"
                value={value}
                checked={type === value}
                onChange={() => setType(value)}
                // The name alone is the accessible name; the hint is read as a description.
                aria-labelledby={`${id}-type-${value}-name`}
                aria-describedby={`${id}-type-${value}`}
                className="mt-1 accent-brand"
              />
              <span>
                <span id={`${id}-type-${value}-name`} className="block font-medium">
                  {INTERVIEW_TYPE_LABELS[value]}
                </span>
                <span id={`${id}-type-${value}`} className="block text-sm text-slate-600">
                  {TYPE_HINTS[value]}
                </span>
              </span>
            </label>
          ))}
        </div>
        {typeErrors.length ? (
          <p id={`${id}-type-error`} className="mt-1 text-sm text-red-700">
            {typeErrors[0]}
          </p>
        ) : null}
      </fieldset>

      <div>
        <Label.Root htmlFor={`${id}-count`} className="block font-medium">
          Number of questions
        </Label.Root>
        <p id={`${id}-count-hint`} className="text-sm text-slate-500">
          From {MIN_QUESTIONS} to {MAX_QUESTIONS}. Each takes a few minutes; a session is capped at 60 minutes.
        </p>
        <input
          id={`${id}-count`}
          name="count"
          type="number"
          inputMode="numeric"
          min={MIN_QUESTIONS}
          max={MAX_QUESTIONS}
          step={1}
          value={count}
          onChange={(event) => setCount(event.target.value)}
          aria-invalid={countErrors.length > 0}
          aria-describedby={`${id}-count-hint${countErrors.length ? ` ${id}-count-error` : ""}`}
          className={`mt-1 w-24 rounded-md border px-3 py-2 ${countErrors.length ? "border-red-600" : "border-slate-300"}`}
        />
        {countErrors.length ? (
          <p id={`${id}-count-error`} className="mt-1 text-sm text-red-700" data-testid="count-error">
            {countErrors[0]}
          </p>
        ) : null}
      </div>

      <div>
        <Label.Root htmlFor={`${id}-jd`} className="block font-medium">
          Job description (optional)
        </Label.Root>
        <p id={`${id}-jd-hint`} className="text-sm text-slate-500">
          Paste the advert to aim the questions at it. Up to {JOB_DESCRIPTION_MAX_CHARS.toLocaleString("en-GB")} characters.
        </p>
        <textarea
          id={`${id}-jd`}
          name="jobDescription"
          rows={5}
          value={jobDescription}
          onChange={(event) => setJobDescription(event.target.value)}
          aria-invalid={jdErrors.length > 0}
          aria-describedby={`${id}-jd-hint ${id}-jd-count${jdErrors.length ? ` ${id}-jd-error` : ""}`}
          className={`mt-1 w-full rounded-md border px-3 py-2 ${jdErrors.length ? "border-red-600" : "border-slate-300"}`}
        />
        <p id={`${id}-jd-count`} className={`text-right text-xs ${tooLong ? "text-red-700" : "text-slate-500"}`}>
          {jobDescription.length.toLocaleString("en-GB")} / {JOB_DESCRIPTION_MAX_CHARS.toLocaleString("en-GB")}
        </p>
        {jdErrors.length ? (
          <p id={`${id}-jd-error`} className="text-sm text-red-700" data-testid="job-description-error">
            {jdErrors[0]}
          </p>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} pendingLabel="Starting…" disabled={tooLong}>
          Start session
        </SubmitButton>
        <p role="status" aria-live="polite" className="text-sm text-slate-600">
          {pending ? "Choosing your questions…" : ""}
        </p>
      </div>
      <FormAlerts error={error} limited={limited} errorTestId="start-error" />
    </form>
  );
}
