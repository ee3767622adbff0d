import type { StoredQuestion } from "@/lib/practice/session/records";
import { ReadAloudButton } from "./read-aloud-button";

type QuestionCardProps = {
  sessionId: string;
  question: StoredQuestion;
  questionCount: number;
  offlineQuestions: boolean;
  aiAvailable: boolean;
};

/** The question being answered: where it sits in the session, its text, why it was chosen, and a read-aloud button. */
export function QuestionCard({ sessionId, question, questionCount, offlineQuestions, aiAvailable }: QuestionCardProps) {
  return (
    <section aria-labelledby="question-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <p className="text-sm font-medium text-slate-600" data-testid="question-progress">
        Question {question.position} of {questionCount}
      </p>
      <h2 id="question-heading" tabIndex={-1} className="text-lg font-semibold sm:text-xl" data-testid="question-text">
        {question.text}
      </h2>
      {question.reason ? (
        <p className="text-sm text-slate-700" data-testid="question-reason">
          <span className="font-medium">Why this question: </span>
          {question.reason}
        </p>
      ) : null}
      {question.competencies.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Skills this question tests">
          {question.competencies.map((competency) => (
            <li key={competency} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {competency}
            </li>
          ))}
        </ul>
      ) : null}
      {offlineQuestions ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="offline-questions">
          Questions from our offline bank:{" "}
          {aiAvailable ? "the AI question writer was unavailable when this session started" : "AI is not configured"}, so
          these were picked from our curated bank by how well they match your profile and the job description.
        </p>
      ) : null}
      <ReadAloudButton sessionId={sessionId} position={question.position} text={question.text} aiAvailable={aiAvailable} />
    </section>
  );
}
