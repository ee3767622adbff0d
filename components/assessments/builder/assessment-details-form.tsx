"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/org/text-field";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { INTRODUCTION_MAX_CHARS, ROLE_TITLE_MAX_CHARS, TITLE_MAX_CHARS } from "@/lib/assessments/limits";
import type { AssessmentView } from "@/lib/assessments/views";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { DeadlineField, deadlineDraft, deadlineInput } from "./deadline-field";
import { OFFLINE_MESSAGE } from "./labels";

type Props = {
  slug: string;
  /** The draft being edited; none to create a new one. */
  assessment?: Pick<AssessmentView, "id" | "title" | "roleTitle" | "introduction" | "proctoring" | "practiceQuestion" | "deadline" | "retentionDays">;
};

/** Title, role, introduction and options of an assessment: creates a draft (then opens its builder) or saves one. */
export function AssessmentDetailsForm({ slug, assessment }: Props) {
  const id = useId();
  const router = useRouter();
  const [title, setTitle] = useState(assessment?.title ?? "");
  const [roleTitle, setRoleTitle] = useState(assessment?.roleTitle ?? "");
  const [introduction, setIntroduction] = useState(assessment?.introduction ?? "");
  const [proctoring, setProctoring] = useState(assessment?.proctoring ?? false);
  const [practiceQuestion, setPracticeQuestion] = useState(assessment?.practiceQuestion ?? true);
  const [deadline, setDeadline] = useState(deadlineDraft(assessment?.deadline ?? { kind: "days", days: 7 }));
  const [saved, setSaved] = useState("");
  const save = useApiMutation<{ assessment: { id: string } }>({
    failed: "We could not save the assessment. Please try again.",
    offline: OFFLINE_MESSAGE,
  });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved("");
    const all = { title, roleTitle, introduction, proctoring, practiceQuestion, deadline: deadlineInput(deadline) };
    // A saved draft sends only what changed, so an untouched past deadline does not block renaming it.
    const initial = assessment && { ...assessment, deadline: deadlineInput(deadlineDraft(assessment.deadline)) };
    const body = initial
      ? Object.fromEntries(Object.entries(all).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(initial[key as keyof typeof all])))
      : all;
    if (initial && Object.keys(body).length === 0) {
      setSaved("Nothing to save: the details are unchanged.");
      return;
    }
    const url = assessment ? `/api/orgs/${slug}/assessments/${assessment.id}` : `/api/orgs/${slug}/assessments`;
    const result = await save.mutate(url, { method: assessment ? "PATCH" : "POST", ...jsonBody(body) });
    if (!result?.ok) return;
    if (assessment) {
      setSaved("Saved.");
      router.refresh();
    } else if (result.body) {
      router.push(`/org/${slug}/assessments/${result.body.assessment.id}`);
    }
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      aria-busy={save.pending}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Details and options
      </h2>
      <TextField id={`${id}-title`} label="Title" value={title} onChange={setTitle} maxLength={TITLE_MAX_CHARS} required errors={save.fields.title} />
      <TextField
        id={`${id}-role`}
        label="Role"
        hint="The job the candidates apply for."
        value={roleTitle}
        onChange={setRoleTitle}
        maxLength={ROLE_TITLE_MAX_CHARS}
        required
        errors={save.fields.roleTitle}
      />
      <div>
        <label htmlFor={`${id}-intro`} className="block font-medium">
          Introduction for candidates
        </label>
        <textarea
          id={`${id}-intro`}
          value={introduction}
          onChange={(event) => setIntroduction(event.target.value)}
          maxLength={INTRODUCTION_MAX_CHARS}
          rows={4}
          aria-invalid={Boolean(save.fields.introduction?.length)}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <div className="flex items-start gap-2">
        <input
          id={`${id}-proctoring`}
          type="checkbox"
          checked={proctoring}
          onChange={(event) => setProctoring(event.target.checked)}
          className="mt-1"
        />
        <label htmlFor={`${id}-proctoring`}>Proctoring: count tab switches and, with the candidate&apos;s consent, camera presence</label>
      </div>
      <div className="flex items-start gap-2">
        <input
          id={`${id}-practice`}
          type="checkbox"
          checked={practiceQuestion}
          onChange={(event) => setPracticeQuestion(event.target.checked)}
          className="mt-1"
        />
        <label htmlFor={`${id}-practice`}>A practice question before the real ones (its answer is not kept)</label>
      </div>
      <DeadlineField id={`${id}-deadline`} value={deadline} onChange={setDeadline} errors={save.fields.deadline} />
      {assessment ? (
        <p className="text-sm text-slate-600">Answers are kept for {assessment.retentionDays} days, the organisation&apos;s retention period.</p>
      ) : null}
      <FormAlerts error={save.error} limited={save.limited} upgradeUrl={save.upgradeUrl} />
      <p role="status" aria-live="polite" className="text-sm text-green-700">
        {saved}
      </p>
      <SubmitButton pending={save.pending} pendingLabel="Saving…">
        {assessment ? "Save details" : "Create draft"}
      </SubmitButton>
    </form>
  );
}
