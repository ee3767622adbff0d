"use client";

import { useActionState } from "react";
import { savePracticeRetentionAction } from "@/app/profile/privacy/actions";
import type { PracticeRetentionChoice } from "@/db/schema/privacy";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";
import { PRACTICE_RETENTION_OPTIONS } from "@/lib/privacy/consents/retention-options";
import { SubmitButton } from "@/components/ui/submit-button";

/** How long saved practice sessions are kept; the retention job deletes older ones. */
export function SettingsRetention({ current }: { current: PracticeRetentionChoice }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(savePracticeRetentionAction, IDLE_STATE);
  const error = state.fields?.practiceRetention?.[0];
  return (
    <section aria-labelledby="retention-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="text-lg font-semibold">
        Keeping saved practice sessions
      </h2>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="practiceRetention" className="block text-sm font-medium">
            Saved sessions
          </label>
          <select
            id="practiceRetention"
            name="practiceRetention"
            defaultValue={state.values?.practiceRetention ?? current}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? "practiceRetention-error" : undefined}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          >
            {PRACTICE_RETENTION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save
        </SubmitButton>
      </form>
      {error ? (
        <p id="practiceRetention-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <p role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message ?? ""}
      </p>
    </section>
  );
}
