import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { returnToAssessment } from "@/lib/orgs/org-paths";
import { candidateReview } from "@/lib/assessments/review/review-service";
import { DecisionForm } from "@/components/assessments/review/decision-form";
import { ReviewQuestionCard } from "@/components/assessments/review/review-question";
import { ReviewSummary } from "@/components/assessments/review/review-summary";

export const metadata: Metadata = { title: "Candidate review" };

type Props = { params: Promise<{ slug: string; assessmentId: string; inviteId: string }> };

/** One candidate for every member who may see results: each answer with ratings, scores, delivery and signals; a decision. */
export default definePage(
  {
    name: "org.assessments.candidate-review",
    auth: "user",
    org: "results.view",
    returnTo: returnToAssessment("candidate"),
  },
  async (ctx, props: Props) => {
    const { assessmentId, inviteId } = await props.params;
    const review = await candidateReview(ctx, { assessmentId, inviteId });
    const slug = ctx.principal.organisation.slug;
    const api = `/api/orgs/${slug}/assessments/${review.assessment.id}/candidates/${review.invite.id}/review`;
    return (
      <div className="space-y-4">
        <Link href={`/org/${slug}/assessments/${review.assessment.id}/results`} className="text-sm text-brand hover:underline">
          ← Results: {review.assessment.title}
        </Link>
        <h1 className="text-2xl font-semibold break-words">{review.invite.candidateName}</h1>
        <ReviewSummary review={review} />
        {review.attempt ? (
          review.questions.map((question) => (
            <ReviewQuestionCard key={question.position} question={question} answersUrl={`${api}/answers`} proctoring={review.assessment.proctoring} />
          ))
        ) : (
          <p className="text-slate-600">The candidate has not started yet.</p>
        )}
        <section aria-label="Decision" className="rounded-lg border border-slate-200 bg-white p-4">
          <DecisionForm url={`${api}/decision`} current={review.decision?.decision ?? null} />
        </section>
      </div>
    );
  },
);
