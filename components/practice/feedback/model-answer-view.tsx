import type { AnswerFeedback } from "@/lib/practice/session/records";
import { Heading } from "./score-bar";

type ModelAnswer = AnswerFeedback["modelAnswer"];

const PARTS = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
] as const;

/**
 * Who wrote the model answer: the AI, the offline builder from the candidate's own sentences, or (rows stored before
 * the builder, which have no `generic` list) the old fill-in-the-blanks template.
 */
const SOURCES = {
  ai: { heading: "Model answer", engine: "Written by AI for your profile" },
  assembled: { heading: "Model answer (built from your answer)", engine: "Assembled offline from your answer" },
  template: { heading: "Model answer (templated guidance)", engine: "Offline template: fill in your own details" },
} as const;

function sourceOf(modelAnswer: ModelAnswer): keyof typeof SOURCES {
  if (modelAnswer.engine === "ai") return "ai";
  return modelAnswer.generic ? "assembled" : "template";
}

function assembledNotice(generic: readonly string[]): string {
  const intro = "This model answer was assembled offline from your answer: your own sentences, in STAR order.";
  return generic.length > 0
    ? `${intro} Parts marked (generic) use standard wording where your answer gave nothing to build on; replace it with what really happened.`
    : `${intro} Only the closing line, which ties it to your target role, is added.`;
}

/** The model answer in full, then the same answer split into its STAR parts so the shape is visible. */
export function ModelAnswerView({ modelAnswer, headingLevel }: { modelAnswer: ModelAnswer; headingLevel: 2 | 3 | 4 }) {
  const source = sourceOf(modelAnswer);
  const generic = modelAnswer.generic ?? [];
  return (
    <section aria-label="Model answer" className="space-y-3" data-testid="model-answer">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level={headingLevel} className="font-semibold">
          {SOURCES[source].heading}
        </Heading>
        <p className="text-xs text-slate-600" data-testid="model-answer-engine">
          {SOURCES[source].engine}
        </p>
      </div>
      {source === "assembled" ? (
        <p className="text-xs text-slate-700" data-testid="model-answer-notice">
          {assembledNotice(generic)}
        </p>
      ) : null}
      <p className="whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm">{modelAnswer.text}</p>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        {PARTS.map(([key, label]) => (
          <div key={key} className="rounded-md border border-slate-200 p-2">
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">
              {label}
              {generic.includes(key) ? <span className="ml-1 font-normal normal-case text-amber-800">(generic)</span> : null}
            </dt>
            <dd className="mt-1 whitespace-pre-line">{modelAnswer.parts[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
