import { PresenceSummary } from "@/components/presence/presence-summary";
import type { PracticeAnswerView } from "@/lib/practice/session/views";
import type { Jsonified } from "@/lib/practice/stream/events";
import { DeliveryMetricsPanel } from "./delivery-metrics-panel";
import { ModelAnswerView } from "./model-answer-view";
import { Heading, ScoreBar } from "./score-bar";

const DIMENSIONS = [
  ["structure", "STAR structure"],
  ["relevance", "Relevance to the question"],
  ["specificity", "Specificity"],
  ["impact", "Impact"],
] as const;

export type AnswerFeedbackCardProps = {
  /** A stored answer, straight from the server or after crossing the wire (dates as ISO strings). */
  answer: Jsonified<PracticeAnswerView> | PracticeAnswerView;
  /** The level of the card's "Feedback" heading; inner headings go one level down. Defaults to 2. */
  headingLevel?: 2 | 3;
};

/**
 * Everything the candidate gets back for one answer: rubric scores, strengths and improvements quoting the answer,
 * the model answer with its STAR parts, which engine answered, delivery metrics and, when recorded, presence.
 */
export function AnswerFeedbackCard({ answer, headingLevel = 2 }: AnswerFeedbackCardProps) {
  const { feedback, scores } = answer;
  const sub = (headingLevel + 1) as 3 | 4;
  const headingId = `feedback-heading-${answer.position}`;
  return (
    <section aria-labelledby={headingId} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" data-testid="answer-feedback">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level={headingLevel} id={headingId} className="text-xl font-semibold">
          Feedback
        </Heading>
        {feedback ? (
          <p
            className={`rounded px-2 py-0.5 text-sm ${feedback.engine === "ai" ? "bg-indigo-50 text-indigo-900" : "bg-slate-100 text-slate-800"}`}
            data-testid="feedback-engine"
          >
            {feedback.engine === "ai" ? "AI feedback" : "Offline rubric: templated guidance"}
          </p>
        ) : null}
      </div>
      {feedback?.insufficientEvidence ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700" data-testid="insufficient-evidence">
          <span className="font-semibold">Insufficient evidence: no score.</span> {feedback.insufficientEvidence.message}
        </p>
      ) : scores ? (
        <div className="grid gap-3 sm:grid-cols-2" data-testid="rubric-scores">
          {DIMENSIONS.map(([key, label]) => (
            <ScoreBar key={key} label={label} score={scores[key]} testId={`score-${key}`} />
          ))}
        </div>
      ) : null}
      {feedback ? (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <FeedbackList title="Strengths" items={feedback.strengths} level={sub} tone="good" />
            <FeedbackList title="To improve" items={feedback.improvements} level={sub} tone="improve" />
          </div>
          <ModelAnswerView modelAnswer={feedback.modelAnswer} headingLevel={sub} />
        </>
      ) : (
        <p className="text-sm text-slate-600">The written feedback for this answer could not be read, so it is not shown.</p>
      )}
      {answer.deliveryMetrics ? <DeliveryMetricsPanel metrics={answer.deliveryMetrics} headingLevel={sub} /> : null}
      {answer.presence ? (
        <PresenceSummary
          signals={{ presence: answer.presence.camera, tabSwitches: answer.presence.tabSwitches, windowBlurs: answer.presence.windowBlurs }}
        />
      ) : null}
    </section>
  );
}

function FeedbackList({
  title,
  items,
  level,
  tone,
}: {
  title: string;
  items: { key: string; text: string }[];
  level: 3 | 4;
  tone: "good" | "improve";
}) {
  return (
    <div className={`rounded-md p-3 ${tone === "good" ? "bg-green-50" : "bg-amber-50"}`}>
      <Heading level={level} className="font-semibold">
        {title}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid={tone === "good" ? "strengths" : "improvements"}>
        {items.map((item, index) => (
          <li key={`${item.key}-${index}`}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}
