import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { returnToAssessment } from "@/lib/orgs/org-paths";
import { getAssessment } from "@/lib/assessments/builder-service";
import { can } from "@/lib/orgs/permissions";
import { AddQuestions } from "@/components/assessments/builder/add-questions";
import { AssessmentDetailsForm } from "@/components/assessments/builder/assessment-details-form";
import { AssessmentSummary } from "@/components/assessments/builder/assessment-summary";
import { DeleteDraft } from "@/components/assessments/builder/delete-draft";
import { QuestionList } from "@/components/assessments/builder/question-list";
import { StatusBadge } from "@/components/assessments/builder/status-badge";
import { StatusControls } from "@/components/assessments/builder/status-controls";

export const metadata: Metadata = { title: "Assessment" };

type Props = { params: Promise<{ slug: string; assessmentId: string }> };

/**
 * The builder: details, options and questions of one assessment. Owners and managers change a draft and open or
 * close it; reviewers, and everyone once it has been opened, see it read only. 404 for another organisation's id.
 */
export default definePage(
  {
    name: "org.assessments.builder",
    auth: "user",
    org: "results.view",
    returnTo: returnToAssessment(),
  },
  async (ctx, { params }: Props) => {
    const assessment = await getAssessment(ctx, (await params).assessmentId);
    const { organisation, role } = ctx.principal;
    const slug = organisation.slug;
    const manages = can(role, "assessments.manage");
    const editing = manages && assessment.editable;
    return (
      <div className="space-y-6">
        <div className="space-y-2">
          <Link href={`/org/${slug}/assessments`} className="text-sm text-brand hover:underline">
            ← All assessments
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <h2 className="text-xl font-semibold break-words">{assessment.title}</h2>
            <StatusBadge status={assessment.status} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Link href={`/org/${slug}/assessments/${assessment.id}/candidates`} className="text-brand hover:underline">
              Candidates
            </Link>
            <Link href={`/org/${slug}/assessments/${assessment.id}/results`} className="text-brand hover:underline">Results</Link>
            {manages ? (
              <StatusControls slug={slug} assessmentId={assessment.id} status={assessment.status} questionCount={assessment.questions.length} />
            ) : null}
            {editing ? <DeleteDraft slug={slug} assessmentId={assessment.id} /> : null}
          </div>
          {!assessment.editable ? (
            <p className="text-sm text-slate-600">
              This assessment has been opened to candidates, so its questions and options can no longer change.
            </p>
          ) : null}
        </div>
        {editing ? <AssessmentDetailsForm slug={slug} assessment={assessment} /> : <AssessmentSummary assessment={assessment} />}
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h2 id="questions-heading" className="text-lg font-semibold">
            Questions ({assessment.questions.length})
          </h2>
          <QuestionList slug={slug} assessmentId={assessment.id} questions={assessment.questions} editable={editing} />
        </section>
        {editing ? (
          <AddQuestions slug={slug} assessmentId={assessment.id} questions={assessment.questions} aiConfigured={ctx.services.ai !== null} />
        ) : null}
      </div>
    );
  },
);
