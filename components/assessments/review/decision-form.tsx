"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { primaryButton } from "@/components/ui/button-styles";
import type { ReviewDecision } from "@/db/schema/reviews";
import { DECISIONS } from "@/lib/assessments/review/limits";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { DECISION_LABELS } from "./review-labels";

type Props = { url: string; current: ReviewDecision | null };

/** The team's decision on the candidate (advance, hold or reject), kept apart from whether they submitted. */
export function DecisionForm({ url, current }: Props) {
  const id = useId();
  const router = useRouter();
  const [decision, setDecision] = useState<ReviewDecision | null>(current);
  const deciding = useApiMutation({
    failed: "We could not record the decision. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!decision) return deciding.fail("Choose advance, hold or reject.");
    const result = await deciding.mutate(url, { method: "PUT", ...jsonBody({ decision }) });
    if (result?.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-describedby={deciding.message ? `${id}-error` : undefined}>
      <fieldset>
        <legend className="font-medium">Decision</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {DECISIONS.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-1">
              <input type="radio" name={`${id}-decision`} value={value} checked={decision === value} onChange={() => setDecision(value)} />
              {DECISION_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={deciding.pending} className={primaryButton}>
        {deciding.pending ? "Saving…" : "Save decision"}
      </button>
      {deciding.message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {deciding.message}
        </p>
      ) : null}
    </form>
  );
}
