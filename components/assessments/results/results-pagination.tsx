import Link from "next/link";
import type { ResultsQuery } from "@/lib/assessments/results/schemas";
import { resultsHref } from "./results-links";

/** Previous / next links with where the reader is; plain links, so paging works without JavaScript. */
export function ResultsPagination({ base, query, page, pageCount, total }: { base: string; query: ResultsQuery; page: number; pageCount: number; total: number }) {
  if (pageCount <= 1) return <p className="text-sm text-slate-600">{total === 1 ? "1 candidate" : `${total} candidates`}</p>;
  return (
    <nav aria-label="Results pages" className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={resultsHref(base, query, { page: page - 1 })} className="text-brand hover:underline">
          ← Previous
        </Link>
      ) : null}
      <span className="text-slate-600">
        Page {page} of {pageCount} ({total} candidates)
      </span>
      {page < pageCount ? (
        <Link href={resultsHref(base, query, { page: page + 1 })} className="text-brand hover:underline">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
