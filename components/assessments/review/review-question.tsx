import type { ReviewQuestion as Question } from "@/lib/assessments/review/review-detail";
import { AiEvaluation } from "./ai-evaluation";
import { AnswerFacts } from "./answer-facts";
import { AnswerRatingForm } from "./answer-rating-form";
import { HumanRatings } from "./human-ratings";
import { QuestionSignals } from "./question-signals";

/** One question as a reviewer reads it: the answer, the team's ratings ABOVE the AI score, the signals, then the viewer's own rating. */
export function ReviewQuestionCard({ question, answersUrl, proctoring }: { question: Question; answersUrl: string; proctoring: boolean }) {
  const answer = question.answer;
  return (
    <article aria-labelledby={`question-${question.position}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`question-${question.position}`} className="font-semibold break-words">
        Question {question.position}: {question.text}
      </h2>
      {answer ? (
        <>
          <blockquote className="rounded-md bg-slate-50 p-3 whitespace-pre-wrap break-words">{answer.text}</blockquote>
          <AnswerFacts answer={answer} />
          <HumanRatings ratings={answer.ratings} />
          <AiEvaluation answer={answer} />
        </>
      ) : (
        <p className="text-slate-600">Not answered.</p>
      )}
      {proctoring || question.signals.length ? <QuestionSignals signals={question.signals} /> : null}
      {answer ? <AnswerRatingForm url={`${answersUrl}/${answer.id}`} position={question.position} own={answer.ratings.own} /> : null}
    </article>
  );
}
