"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { secondaryButton } from "@/components/ui/button-styles";
import { QUESTION_TEXT_MAX_CHARS } from "@/lib/assessments/limits";
import type { QuestionView } from "@/lib/assessments/views";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { OFFLINE_MESSAGE } from "./labels";
import { QuestionSettingsFields } from "./question-settings-fields";

type Props = { slug: string; assessmentId: string; question: QuestionView; onDone: () => void };

/** Edits one draft question's wording and settings in place. */
export function QuestionEditor({ slug, assessmentId, question, onDone }: Props) {
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState(question.text);
  const [settings, setSettings] = useState({
    timeLimitSeconds: question.timeLimitSeconds,
    timeLimitMode: question.timeLimitMode,
    modes: question.modes,
    retakes: question.retakes,
  });
  const save = useApiMutation({ failed: "We could not save the question. Please try again.", offline: OFFLINE_MESSAGE });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const body = { ...settings, ...(text.trim() !== question.text ? { text } : {}) };
    const result = await save.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/questions/${question.id}`, {
      method: "PATCH",
      ...jsonBody(body),
    });
    if (!result?.ok) return;
    router.refresh();
    onDone();
  }

  return (
    <form onSubmit={submit} aria-label={`Edit question ${question.position}`} aria-busy={save.pending} noValidate className="mt-3 space-y-3">
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
          aria-invalid={Boolean(save.fields.text?.length)}
          aria-describedby={save.fields.text?.length ? `${id}-text-errors` : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {save.fields.text?.length ? (
          <p id={`${id}-text-errors`} className="text-sm text-red-700">
            {save.fields.text.join(" ")}
          </p>
        ) : null}
      </div>
      <QuestionSettingsFields id={`${id}-settings`} value={settings} onChange={setSettings} errors={save.fields} />
      <FormAlerts error={save.error} limited={save.limited} upgradeUrl={save.upgradeUrl} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={save.pending} pendingLabel="Saving…">
          Save question
        </SubmitButton>
        <button type="button" className={secondaryButton} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
