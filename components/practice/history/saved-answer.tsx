import { AnswerFeedbackCard } from "@/components/practice/feedback/answer-feedback-card";
import { FollowUpRecordView } from "@/components/practice/session/follow-up-record";
import type { SessionDetailJson } from "@/lib/practice/client/session-json";
import type { SessionDetail } from "@/lib/practice/session";
import { dimensionMean } from "@/lib/practice/session/dimensions";

type SavedItem = SessionDetail["items"][number] | SessionDetailJson["items"][number];

function scoreLine(answer: SavedItem["answer"]): string {
  if (!answer) return "Not answered";
  if (answer.feedback?.insufficientEvidence) return "Insufficient evidence";
  return answer.scores ? `Score ${Math.round(dimensionMean(answer.scores))}/100` : "Not scored";
}

/**
 * One question of a saved session as a disclosure (native details/summary, so it opens with Enter or Space): closed,
 * it is one line with the question and the answer's score; open, it shows the answer body. The disclosures of a page
 * share `group`, so opening one closes the one open before (the browser's exclusive accordion): the page stays short,
 * and only one answer's "Feedback" and "Model answer" regions are exposed at a time, which keeps landmarks unique.
 */
export function SavedAnswer({ item, count, group }: { item: SavedItem; count: number; group: string }) {
  const { question, answer } = item;
  return (
    <details name={group} className="group rounded-lg border border-slate-200 bg-white" data-testid="saved-question">
      <summary className="flex cursor-pointer list-none flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg p-4 hover:bg-slate-50 sm:px-6 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block text-slate-500 transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="text-sm font-medium text-slate-600">
          Question {question.position} of {count}
        </span>
        <span className="min-w-0 flex-1 basis-60">{question.text}</span>
        <span className="text-sm font-semibold" data-testid="saved-answer-score">
          {scoreLine(answer)}
        </span>
      </summary>
      {/* The answer body: what was said, the feedback it got, and anything else about this one answer. */}
      <div className="space-y-4 border-t border-slate-200 p-4 sm:p-6" data-testid="saved-answer-body">
        {answer ? (
          <>
            <div>
              <p className="text-sm font-medium text-slate-600">
                Your answer <span className="font-normal">({answer.mode === "voice" ? "spoken" : "typed"})</span>
              </p>
              <blockquote className="mt-1 border-l-4 border-slate-200 pl-3 whitespace-pre-wrap text-slate-800" data-testid="saved-answer">
                {answer.answerText ?? "The text of this answer is not available."}
              </blockquote>
            </div>
            <AnswerFeedbackCard answer={answer} headingLevel={3} />
            <FollowUpRecordView followUp={answer.followUp} overall={answer.feedback?.star.overall ?? null} />
          </>
        ) : (
          <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700" data-testid="unanswered">
            Not answered in this session.
          </p>
        )}
      </div>
    </details>
  );
}
