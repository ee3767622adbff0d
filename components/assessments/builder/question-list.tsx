"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import type { QuestionView } from "@/lib/assessments/views";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { OFFLINE_MESSAGE } from "./labels";
import { QuestionItem } from "./question-item";

type Props = { slug: string; assessmentId: string; questions: QuestionView[]; editable: boolean };

/**
 * The questions in the order candidates see them. Moving one shows the new order at once and sends it whole (one
 * request, applied in one transaction); a refusal puts the saved order back. Focus stays on the button pressed.
 */
export function QuestionList({ slug, assessmentId, questions, editable }: Props) {
  const router = useRouter();
  const [order, setOrder] = useState(questions);
  const [announcement, setAnnouncement] = useState("");
  const focusAfterMove = useRef<string | null>(null);
  const request = useApiMutation({ failed: "We could not change the questions. Please try again.", offline: OFFLINE_MESSAGE });

  useEffect(() => setOrder(questions), [questions]);
  useEffect(() => {
    if (focusAfterMove.current) document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  }, [order]);

  async function move(questionId: string, by: -1 | 1) {
    // One change at a time: the buttons stay focusable (aria-disabled) so focus is not lost while a move is saved.
    if (request.pending) return;
    const from = order.findIndex((question) => question.id === questionId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    // At the first or last place the button pressed is disabled: keep focus on its twin instead.
    const edge = to === 0 || to === next.length - 1;
    focusAfterMove.current = `${(by === -1) !== edge ? "move-up" : "move-down"}-${questionId}`;
    setOrder(next);
    setAnnouncement(`Question moved to position ${to + 1} of ${next.length}.`);
    const result = await request.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/questions/order`, {
      method: "PUT",
      ...jsonBody({ questionIds: next.map((question) => question.id) }),
    });
    if (result?.ok) router.refresh();
    else setOrder(questions);
  }

  async function remove(questionId: string) {
    const result = await request.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/questions/${questionId}`, { method: "DELETE" });
    if (!result?.ok) return;
    setAnnouncement("Question removed.");
    router.refresh();
  }

  if (order.length === 0) return <p className="text-slate-600">No questions yet. Add 1 to 15 before opening the assessment.</p>;
  return (
    <div className="space-y-3">
      <ol className="space-y-3">
        {order.map((question, index) => (
          <QuestionItem
            key={question.id}
            slug={slug}
            assessmentId={assessmentId}
            question={question}
            position={index + 1}
            count={order.length}
            editable={editable}
            busy={request.pending}
            onMove={move}
            onRemove={remove}
          />
        ))}
      </ol>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <FormAlerts error={request.error} limited={request.limited} upgradeUrl={request.upgradeUrl} />
    </div>
  );
}
