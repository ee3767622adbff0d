import type { AnswerFeedback } from "@/lib/practice/session/records";
import { Heading } from "./score-bar";

const PARTS = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
] as const;

/** The model answer in full, then the same answer split into its STAR parts so the shape is visible. */
export function ModelAnswerView({ modelAnswer, headingLevel }: { modelAnswer: AnswerFeedback["modelAnswer"]; headingLevel: 2 | 3 | 4 }) {
  const templated = modelAnswer.engine === "templated";
  return (
    <section aria-label="Model answer" className="space-y-3" data-testid="model-answer">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level={headingLevel} className="font-semibold">
          {templated ? "Model answer (templated guidance)" : "Model answer"}
        </Heading>
        <p className="text-xs text-slate-600" data-testid="model-answer-engine">
          {templated ? "Offline template: fill in your own details" : "Written by AI for your profile"}
        </p>
      </div>
      <p className="whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm">{modelAnswer.text}</p>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        {PARTS.map(([key, label]) => (
          <div key={key} className="rounded-md border border-slate-200 p-2">
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="mt-1 whitespace-pre-line">{modelAnswer.parts[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
