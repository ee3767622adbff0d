import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { returnToAssessment } from "@/lib/orgs/org-paths";
import { INTEGRITY_STATEMENT, LOW_CONFIDENCE_THRESHOLD } from "@/lib/assessments/results/integrity-tier";
import { assessmentResults } from "@/lib/assessments/results/results-service";
import { resultsQuerySchema } from "@/lib/assessments/results/schemas";
import { ResultsFilters } from "@/components/assessments/results/results-filters";
import { resultsHref } from "@/components/assessments/results/results-links";
import { ResultsPagination } from "@/components/assessments/results/results-pagination";
import { ResultsTable } from "@/components/assessments/results/results-table";

export const metadata: Metadata = { title: "Results" };

type Props = { params: Promise<{ slug: string; assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An assessment's results for everyone who may see them: sortable, filterable, 50 a page, with a CSV export. */
export default definePage(
  {
    name: "org.assessments.results",
    auth: "user",
    org: "results.view",
    returnTo: returnToAssessment("results"),
  },
  async (ctx, props: Props) => {
    const { assessmentId } = await props.params;
    const search = Object.fromEntries(Object.entries(await props.searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    // A hand-edited query that does not parse shows the default table rather than an error.
    const parsed = resultsQuerySchema.safeParse(search);
    const query = parsed.success ? parsed.data : resultsQuerySchema.parse({});
    const table = await assessmentResults(ctx, assessmentId, query);
    const slug = ctx.principal.organisation.slug;
    const base = `/org/${slug}/assessments/${table.assessment.id}/results`;
    const exportHref = resultsHref(`/api/orgs/${slug}/assessments/${table.assessment.id}/results/export`, { ...query, page: 1 });
    return (
      <div className="space-y-4">
        <Link href={`/org/${slug}/assessments/${table.assessment.id}`} className="text-sm text-brand hover:underline">
          ← {table.assessment.title}
        </Link>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-semibold break-words">Results: {table.assessment.title}</h1>
          <a href={exportHref} className="text-brand hover:underline" download>
            Export CSV
          </a>
        </div>
        <p className="text-slate-600">
          Rating is the mean of reviewers&apos; 1–5 ratings. Overall score is the AI&apos;s mean of the answers&apos; scores (0–100); an
          answer rated &ldquo;insufficient evidence&rdquo; has no score. Open a candidate to rate, note and decide.
        </p>
        <div className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
          <p className="font-medium">{INTEGRITY_STATEMENT}</p>
          <p className="mt-1">
            Integrity tier: <strong>Major</strong> for any second face, 6+ tab switches and window blurs, 10+ look-aways or the face lost
            for a quarter of the answering time; <strong>Some</strong> for 2+ switches or blurs, 3+ look-aways or the face lost 5% of the time;
            otherwise <strong>No issues</strong>. Camera signals below {Math.round(LOW_CONFIDENCE_THRESHOLD * 100)}% confidence are shown as
            &ldquo;low confidence&rdquo; and left out.
          </p>
        </div>
        <ResultsFilters action={base} query={query} />
        <ResultsTable base={base} candidatesBase={`/org/${slug}/assessments/${table.assessment.id}/candidates`} compareAction={`/org/${slug}/assessments/${table.assessment.id}/compare`} query={query} positions={table.positions} rows={table.rows} />
        <ResultsPagination base={base} query={query} page={table.page} pageCount={table.pageCount} total={table.total} />
      </div>
    );
  },
);
