import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { definePage } from "@/lib/api/define-page";
import { returnToAssessment } from "@/lib/orgs/org-paths";
import { compareIdsSchema, MAX_COMPARED, MIN_COMPARED } from "@/lib/assessments/review/compare-rows";
import { compareCandidates } from "@/lib/assessments/review/compare-service";
import { CompareTable } from "@/components/assessments/compare/compare-table";

export const metadata: Metadata = { title: "Compare candidates" };

type Props = {
  params: Promise<{ slug: string; assessmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const searchSchema = z.object({ ids: compareIdsSchema });

/** 2 to 4 candidates side by side, question by question; `?ids=a,b` or `?ids=a&ids=b` (the results table's form). */
export default definePage(
  {
    name: "org.assessments.compare",
    auth: "user",
    org: "results.view",
    returnTo: returnToAssessment("results"),
  },
  async (ctx, props: Props) => {
    const { assessmentId } = await props.params;
    const parsed = searchSchema.safeParse(await props.searchParams);
    const ids = parsed.success ? parsed.data.ids : [];
    const slug = ctx.principal.organisation.slug;
    // The service refuses anything but 2 to 4 distinct ids (422); a page says so and links back instead of failing.
    if (new Set(ids).size !== ids.length || ids.length < MIN_COMPARED || ids.length > MAX_COMPARED) {
      return (
        <div className="space-y-4">
          <h1 className="text-2xl font-semibold">Compare candidates</h1>
          <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
            Choose {MIN_COMPARED} to {MAX_COMPARED} different candidates in the results table to compare them.
          </p>
          <Link href={`/org/${slug}/assessments/${encodeURIComponent(assessmentId)}/results`} className="text-brand hover:underline">
            ← Back to results
          </Link>
        </div>
      );
    }
    const comparison = await compareCandidates(ctx, assessmentId, ids);
    const base = `/org/${slug}/assessments/${comparison.assessment.id}`;
    return (
      <div className="space-y-4">
        <Link href={`${base}/results`} className="text-sm text-brand hover:underline">
          ← Results: {comparison.assessment.title}
        </Link>
        <h1 className="text-2xl font-semibold break-words">Compare candidates: {comparison.assessment.title}</h1>
        <p className="text-slate-600">
          Rating is the mean of reviewers&apos; 1–5 ratings; AI score is the answer&apos;s overall score (0–100). Open a candidate to rate and decide.
        </p>
        <CompareTable comparison={comparison} candidatesBase={`${base}/candidates`} />
      </div>
    );
  },
);
