import type { AnswerJson } from "@/lib/practice/client/session-json";
import type { StoredQuestion } from "@/lib/practice/session/records";
import { SessionClock } from "./timers";

type QuestionNavProps = {
  questions: StoredQuestion[];
  position: number;
  answers: Record<number, AnswerJson>;
  onGo: (position: number) => void;
  expiresAt: string;
  now: number | null;
};

/** One numbered button per question (current, answered or open) and the session clock. */
export function QuestionNav({ questions, position, answers, onGo, expiresAt, now }: QuestionNavProps) {
  return (
    <nav aria-label="Questions" className="flex flex-wrap items-center justify-between gap-3">
      <ol className="flex flex-wrap gap-2">
        {questions.map((q) => (
          <li key={q.position}>
            <button
              type="button"
              onClick={() => onGo(q.position)}
              aria-current={q.position === position ? "step" : undefined}
              aria-label={`Question ${q.position}${answers[q.position] ? ", answered" : ""}`}
              className={`h-9 w-9 rounded-full border text-sm font-medium ${q.position === position ? "border-brand bg-brand text-white" : answers[q.position] ? "border-green-600 bg-green-50 text-green-900" : "border-slate-300 bg-white"}`}
            >
              {q.position}
            </button>
          </li>
        ))}
      </ol>
      <SessionClock expiresAt={expiresAt} now={now} />
    </nav>
  );
}
