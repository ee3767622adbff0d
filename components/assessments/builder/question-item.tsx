"use client";

import { useState } from "react";
import type { QuestionView } from "@/lib/assessments/views";
import { durationLabel, KIND_LABELS, MODE_LABELS, SOURCE_LABELS } from "./labels";
import { QuestionEditor } from "./question-editor";

type Props = {
  slug: string;
  assessmentId: string;
  question: QuestionView;
  position: number;
  count: number;
  /** False for reviewers and once the assessment is not a draft: the question is shown, not changed. */
  editable: boolean;
  busy: boolean;
  onMove: (questionId: string, by: -1 | 1) => void;
  onRemove: (questionId: string) => void;
};

const smallButton = "rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-50";

/** One question with its settings; in a draft, buttons to move it, edit it and remove it. */
export function QuestionItem({ slug, assessmentId, question, position, count, editable, busy, onMove, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const settings = [
    `${durationLabel(question.timeLimitSeconds)} (${question.timeLimitMode})`,
    MODE_LABELS[question.modes],
    `${question.retakes} retake${question.retakes === 1 ? "" : "s"}`,
  ];
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-600">
        Question {position} · {KIND_LABELS[question.kind] ?? question.kind} · {SOURCE_LABELS[question.source]}
      </p>
      <p className="mt-1 break-words">{question.text}</p>
      <p className="mt-1 text-sm text-slate-600">{settings.join(" · ")}</p>
      {editable && !editing ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            id={`move-up-${question.id}`}
            className={smallButton}
            disabled={position === 1}
            aria-disabled={busy || undefined}
            onClick={() => onMove(question.id, -1)}
            aria-label={`Move question ${position} up`}
          >
            Move up
          </button>
          <button
            type="button"
            id={`move-down-${question.id}`}
            className={smallButton}
            disabled={position === count}
            aria-disabled={busy || undefined}
            onClick={() => onMove(question.id, 1)}
            aria-label={`Move question ${position} down`}
          >
            Move down
          </button>
          <button type="button" className={smallButton} onClick={() => setEditing(true)} aria-label={`Edit question ${position}`}>
            Edit
          </button>
          <button
            type="button"
            className={`${smallButton} text-red-800`}
            disabled={busy}
            onClick={() => onRemove(question.id)}
            aria-label={`Remove question ${position}`}
          >
            Remove
          </button>
        </div>
      ) : null}
      {editable && editing ? <QuestionEditor slug={slug} assessmentId={assessmentId} question={question} onDone={() => setEditing(false)} /> : null}
    </li>
  );
}
