"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { QUESTION_TEXT_MAX_CHARS } from "@/lib/assessments/limits";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { OFFLINE_MESSAGE } from "./labels";
import { DEFAULT_SETTINGS, QuestionSettingsFields } from "./question-settings-fields";

type Props = { slug: string; assessmentId: string; full: boolean };

/** Writes a question by hand, with its kind and settings, at the end of the draft. */
export function CustomQuestionForm({ slug, assessmentId, full }: Props) {
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState("");
  const [kind, setKind] = useState<"behavioural" | "role_specific">("behavioural");
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const add = useApiMutation({ failed: "We could not add the question. Please try again.", offline: OFFLINE_MESSAGE });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await add.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/questions`, {
      method: "POST",
      ...jsonBody({ source: "custom", text, kind, ...settings }),
    });
    if (!result?.ok) return;
    setText("");
    router.refresh();
  }

  const textErrors = add.fields.text ?? [];
  return (
    <form onSubmit={submit} aria-label="Write a question" aria-busy={add.pending} noValidate className="space-y-3">
      <div>
        <label htmlFor={`${id}-text`} className="block text-sm font-medium">
          Question
        </label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={QUESTION_TEXT_MAX_CHARS}
          rows={3}
          aria-invalid={textErrors.length > 0}
          aria-describedby={textErrors.length ? `${id}-text-errors` : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {textErrors.length ? (
          <p id={`${id}-text-errors`} className="text-sm text-red-700">
            {textErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as typeof kind)}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2 sm:w-60"
        >
          <option value="behavioural">Behavioural</option>
          <option value="role_specific">Role-specific</option>
        </select>
      </div>
      <QuestionSettingsFields id={`${id}-settings`} value={settings} onChange={setSettings} errors={add.fields} />
      <FormAlerts error={add.error} limited={add.limited} upgradeUrl={add.upgradeUrl} />
      <SubmitButton pending={add.pending} pendingLabel="Adding…" disabled={full}>
        Add question
      </SubmitButton>
    </form>
  );
}
