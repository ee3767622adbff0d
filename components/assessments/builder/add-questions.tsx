import { MAX_ASSESSMENT_QUESTIONS, remainingQuestionSlots } from "@/lib/assessments/assessment-rules";
import type { QuestionView } from "@/lib/assessments/views";
import { BankPicker } from "./bank-picker";
import { CustomQuestionForm } from "./custom-question-form";
import { GenerateForm } from "./generate-form";

type Props = { slug: string; assessmentId: string; questions: QuestionView[]; aiConfigured: boolean };

const summaryClass = "cursor-pointer rounded-md px-1 py-2 font-medium focus-visible:outline-2 focus-visible:outline-brand";

/** The three ways to add questions to a draft, each in a disclosure: the bank, writing one, or a job description. */
export function AddQuestions({ slug, assessmentId, questions, aiConfigured }: Props) {
  const remaining = remainingQuestionSlots(questions.length);
  const takenBankIds = questions.map((question) => question.bankId).filter((id): id is string => Boolean(id));
  return (
    <section aria-labelledby="add-questions-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="add-questions-heading" className="text-lg font-semibold">
        Add questions
      </h2>
      <p className="text-sm text-slate-600">
        {remaining === 0
          ? `The assessment has ${MAX_ASSESSMENT_QUESTIONS} questions, the most allowed. Remove one to add another.`
          : `Room for ${remaining} more (up to ${MAX_ASSESSMENT_QUESTIONS}).`}
      </p>
      <details className="border-t border-slate-200 pt-2">
        <summary className={summaryClass}>From the question bank</summary>
        <div className="pt-2">
          <BankPicker slug={slug} assessmentId={assessmentId} takenBankIds={takenBankIds} full={remaining === 0} />
        </div>
      </details>
      <details className="border-t border-slate-200 pt-2">
        <summary className={summaryClass}>Write your own</summary>
        <div className="pt-2">
          <CustomQuestionForm slug={slug} assessmentId={assessmentId} full={remaining === 0} />
        </div>
      </details>
      <details className="border-t border-slate-200 pt-2">
        <summary className={summaryClass}>Generate from a job description</summary>
        <div className="pt-2">
          <GenerateForm slug={slug} assessmentId={assessmentId} remaining={remaining} aiConfigured={aiConfigured} />
        </div>
      </details>
    </section>
  );
}
