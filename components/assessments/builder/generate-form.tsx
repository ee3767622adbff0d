"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_GENERATED_PER_REQUEST } from "@/lib/assessments/limits";
import { JOB_DESCRIPTION_MAX_CHARS } from "@/lib/practice/questions/limits";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { ENGINE_LABELS, OFFLINE_MESSAGE } from "./labels";

type Props = { slug: string; assessmentId: string; remaining: number; aiConfigured: boolean };

/**
 * Questions for a pasted job description: the AI writes them when configured, the bank's ranking picks them
 * otherwise; the form says which beforehand, shows progress while they are written, and says which engine answered.
 */
export function GenerateForm({ slug, assessmentId, remaining, aiConfigured }: Props) {
  const id = useId();
  const router = useRouter();
  const [jobDescription, setJobDescription] = useState("");
  const [count, setCount] = useState(Math.min(5, Math.max(1, remaining)));
  const [outcome, setOutcome] = useState("");
  const generate = useApiMutation<{ engine: string; questions: unknown[] }>({
    failed: "We could not generate questions. Please try again.",
    offline: OFFLINE_MESSAGE,
  });
  const most = Math.max(1, Math.min(MAX_GENERATED_PER_REQUEST, remaining));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setOutcome("");
    const result = await generate.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/generate`, {
      method: "POST",
      ...jsonBody({ jobDescription, count: Math.min(count, most) }),
    });
    if (!result?.ok || !result.body) return;
    const added = result.body.questions.length;
    setOutcome(`Added ${added} question${added === 1 ? "" : "s"}, ${ENGINE_LABELS[result.body.engine] ?? result.body.engine}.`);
    router.refresh();
  }

  const jdErrors = generate.fields.jobDescription ?? [];
  return (
    <form onSubmit={submit} aria-label="Generate questions from a job description" aria-busy={generate.pending} noValidate className="space-y-3">
      <p className="text-sm text-slate-600">
        {aiConfigured
          ? "The AI writes questions for the job description (only the description and the role title are sent to it)."
          : "No AI is set up: questions are ranked from the question bank for the job description."}
      </p>
      <div>
        <label htmlFor={`${id}-jd`} className="block text-sm font-medium">
          Job description
        </label>
        <textarea
          id={`${id}-jd`}
          value={jobDescription}
          onChange={(event) => setJobDescription(event.target.value)}
          maxLength={JOB_DESCRIPTION_MAX_CHARS}
          rows={6}
          aria-invalid={jdErrors.length > 0}
          aria-describedby={jdErrors.length ? `${id}-jd-errors` : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {jdErrors.length ? (
          <p id={`${id}-jd-errors`} className="text-sm text-red-700">
            {jdErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-count`} className="block text-sm font-medium">
          How many questions
        </label>
        <input
          id={`${id}-count`}
          type="number"
          inputMode="numeric"
          min={1}
          max={most}
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
          className="mt-1 w-24 rounded-md border border-slate-300 px-2 py-2"
        />
      </div>
      <FormAlerts error={generate.error} limited={generate.limited} upgradeUrl={generate.upgradeUrl} />
      <p role="status" aria-live="polite" className="text-sm">
        {generate.pending ? (
          <span className="inline-flex items-center gap-2 text-slate-700">
            <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-brand border-t-transparent" />
            {aiConfigured ? "Writing questions… this can take a few seconds." : "Ranking questions from the bank…"}
          </span>
        ) : (
          <span className="text-green-700">{outcome}</span>
        )}
      </p>
      <SubmitButton pending={generate.pending} pendingLabel="Generating…" disabled={remaining === 0}>
        Generate questions
      </SubmitButton>
    </form>
  );
}
