import type { StoredQuestion } from "@/lib/practice/session/records";
import { ReadAloudButton } from "./read-aloud-button";

type QuestionCardProps = {
  sessionId: string;
  question: StoredQuestion;
  questionCount: number;
  offlineQuestions: boolean;
  aiAvailable: boolean;
};

/**
 * The question being answered: where it sits in the session, its text and a read-aloud button, with why it was chosen
 * folded away, so on a phone the answer box follows the question closely.
 */
export function QuestionCard({ sessionId, question, questionCount, offlineQuestions, aiAvailable }: QuestionCardProps) {
  const hasContext = Boolean(question.reason) || question.competencies.length > 0 || offlineQuestions;
  return (
    <section aria-labelledby="question-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:space-y-3 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-medium text-slate-600" data-testid="question-progress">
          Question {question.position} of {questionCount}
        </p>
        <ReadAloudButton
          speechUrl={`/api/practice/sessions/${encodeURIComponent(sessionId)}/questions/${question.position}/speech`}
          text={question.text}
          aiAvailable={aiAvailable}
          sourceId={`read-aloud-source-${question.position}`}
        />
      </div>
      <h2 id="question-heading" tabIndex={-1} className="text-base font-semibold sm:text-xl" data-testid="question-text">
        {question.text}
      </h2>
      {hasContext ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer rounded text-brand underline underline-offset-2">
            Why this question{offlineQuestions ? " (offline bank)" : ""}
          </summary>
          <div className="mt-2 space-y-2">
            {offlineQuestions ? (
              <p className="rounded-md bg-amber-50 p-2 text-amber-900" data-testid="offline-questions">
                From our offline bank:{" "}
                {aiAvailable
                  ? "the AI question writer was unavailable when this session started"
                  : "AI questions are off for you here (not configured, switched off in your privacy settings, or not on your plan)"}
                , so
                these were picked from our curated bank by how well they match your profile and the job description.
              </p>
            ) : null}
            {question.reason ? <p data-testid="question-reason">{question.reason}</p> : null}
            {question.competencies.length > 0 ? (
              <ul className="flex flex-wrap gap-2" aria-label="Skills this question tests">
                {question.competencies.map((competency) => (
                  <li key={competency} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                    {competency}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </details>
      ) : null}
    </section>
  );
}
